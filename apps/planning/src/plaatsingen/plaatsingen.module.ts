import { Module } from '@nestjs/common';
import { PersoonResolver } from './persoon.resolver';
import { PlaatsingService } from './plaatsing.service';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';

@Module({ providers: [PlaatsingService, PersoonResolver, SignaalGeregistreerdVerwerker] })
export class PlaatsingenModule {}
