import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({
  providers: [SignaalMeldingService, PersoonResolver, ...signaalKopieVolgers('signaal_melding')],
})
export class SignaalMeldingenModule {}
