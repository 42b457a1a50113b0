import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({
  providers: [
    SignaalMeldingService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    ...signaalKopieVolgers('signaal_melding'),
  ],
})
export class SignaalMeldingenModule {}
