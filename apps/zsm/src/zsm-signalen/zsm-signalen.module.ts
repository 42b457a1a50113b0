import { Module } from '@nestjs/common';
import { PersoonResolver } from './persoon.resolver';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { ZsmSignaalService } from './zsm-signaal.service';

@Module({ providers: [ZsmSignaalService, PersoonResolver, SignaalGeregistreerdVerwerker] })
export class ZsmSignalenModule {}
