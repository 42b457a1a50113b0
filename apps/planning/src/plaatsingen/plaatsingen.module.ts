import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { PlaatsingService } from './plaatsing.service';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';

@Module({
  providers: [
    PlaatsingService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    ...signaalKopieVolgers('plaatsing_aanleiding'),
  ],
})
export class PlaatsingenModule {}
