import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { VoorstelResolver } from './voorstel.resolver';
import { VoorstelService } from './voorstel.service';

@Module({
  imports: [CasussenModule],
  providers: [VoorstelService, VoorstelResolver, SignaalGeregistreerdVerwerker],
})
export class VoorstellenModule {}
