import { Module } from '@nestjs/common';
import { persoonVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { PlaatsingService } from './plaatsing.service';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';

@Module({
  providers: [
    PlaatsingService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    ...persoonVolgers('plaatsing_aanleiding'),
  ],
})
export class PlaatsingenModule {}
