import { Module } from '@nestjs/common';
import { persoonVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({
  providers: [
    SignaalMeldingService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    ...persoonVolgers('signaal_melding'),
  ],
})
export class SignaalMeldingenModule {}
