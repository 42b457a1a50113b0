import { Module, type DynamicModule } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { PlatformModule, subgraafModule, type BasisConfig } from '@ketenbeeld/platform';
import { SignalenBasis1763800100000 } from './migrations/1763800100000-signalen-basis';
import { Idempotentie1763800500000 } from './migrations/1763800500000-idempotentie';
import { Personenregister1763800600000 } from './migrations/1763800600000-personenregister';
import { Signaalmodel1763800700000 } from './migrations/1763800700000-signaalmodel';
import { SignalenBewaren1763801600000 } from './migrations/1763801600000-bewaren';
import { VNummerToekenning1763801700000 } from './migrations/1763801700000-v-nummer-toekenning';
import { BewarenModule } from './bewaren/bewaren.module';
import { PersoonEntity } from './personen/persoon.entity';
import { SignaalEntity } from './signalen/signaal.entity';
import { SignalenModule } from './signalen/signalen.module';
import { ZsmRegistratiesModule } from './zsm-registraties/zsm-registraties.module';
import { InhuisregistratieModule } from './inhuisregistratie/inhuisregistratie.module';

export const ENTITEITEN = [PersoonEntity, SignaalEntity];
export const MIGRATIES = [
  SignalenBasis1763800100000,
  Idempotentie1763800500000,
  Personenregister1763800600000,
  Signaalmodel1763800700000,
  SignalenBewaren1763801600000,
  VNummerToekenning1763801700000,
];

@Module({})
export class AppModule {
  static met(config: BasisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          dienst: Dienst.SIGNALEN,
          config,
          entities: ENTITEITEN,
          migrations: MIGRATIES,
        }),
        subgraafModule(Dienst.SIGNALEN),
        SignalenModule,
        ZsmRegistratiesModule,
        InhuisregistratieModule,
        BewarenModule,
      ],
    };
  }
}
