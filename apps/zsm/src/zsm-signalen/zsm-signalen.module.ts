import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { PersoonResolver } from './persoon.resolver';
import { SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { ZsmSignaalService } from './zsm-signaal.service';

@Module({
  providers: [
    ZsmSignaalService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    ...signaalKopieVolgers('zsm_persoon_signaal'),
  ],
})
export class ZsmSignalenModule {}
