import { Module } from '@nestjs/common';
import { PersoonResolver } from './persoon.resolver';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { SignaalMeldingService } from './signaal-melding.service';

@Module({ providers: [SignaalMeldingService, PersoonResolver, SignaalGeregistreerdVerwerker] })
export class SignaalMeldingenModule {}
