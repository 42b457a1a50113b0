import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { AgendapuntResolver, BesluitResolver, OverlegResolver } from './overleg.resolver';
import { OverlegService } from './overleg.service';

@Module({
  imports: [CasussenModule],
  providers: [OverlegService, OverlegResolver, AgendapuntResolver, BesluitResolver],
})
export class OverleggenModule {}
