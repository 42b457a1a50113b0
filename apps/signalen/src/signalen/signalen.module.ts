import { Module } from '@nestjs/common';
import { PersoonResolver } from '../personen/persoon.resolver';
import { PersoonService } from '../personen/persoon.service';
import { SignaalController } from './signaal.controller';
import { SignaalResolver } from './signaal.resolver';
import { SignaalService } from './signaal.service';

@Module({
  controllers: [SignaalController],
  providers: [SignaalService, SignaalResolver, PersoonService, PersoonResolver],
  exports: [SignaalService, PersoonService],
})
export class SignalenModule {}
