import { Module } from '@nestjs/common';
import { signaalKopieVolgers } from '@ketenbeeld/platform';
import { KoppelingModule } from '../koppeling/koppeling.module';
import { PersoonResolver } from './persoon.resolver';
import { CasusBijgewerktVerwerker, SignaalGeregistreerdVerwerker } from './signaal-geregistreerd.verwerker';
import { ZsmSignaalService } from './zsm-signaal.service';

@Module({
  imports: [KoppelingModule],
  providers: [
    ZsmSignaalService,
    PersoonResolver,
    SignaalGeregistreerdVerwerker,
    CasusBijgewerktVerwerker,
    ...signaalKopieVolgers('zsm_persoon_signaal'),
  ],
})
export class ZsmSignalenModule {}
