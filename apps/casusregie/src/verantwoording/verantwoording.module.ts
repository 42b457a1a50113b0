import { Module } from '@nestjs/common';
import { VerantwoordingResolver } from './verantwoording.resolver';
import { VerantwoordingService } from './verantwoording.service';

@Module({ providers: [VerantwoordingService, VerantwoordingResolver] })
export class VerantwoordingModule {}
