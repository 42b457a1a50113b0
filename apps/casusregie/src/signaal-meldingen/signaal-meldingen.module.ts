import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { casusPersoonVolgers } from './persoon-volgen';
import { PersoonResolver } from './persoon.resolver';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({
  providers: [
    SignaalMeldingService,
    PersoonResolver,
    ...signaalKopieVolgers('signaal_melding', casusPersoonVolgers),
  ],
})
export class SignaalMeldingenModule {}
