import { Module, type DynamicModule } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { PlatformModule, subgraafModule, type BasisConfig } from '@ketenbeeld/platform';
import { KoppelingModule } from './koppeling/koppeling.module';
import { ZsmBasis1763800300000 } from './migrations/1763800300000-zsm-basis';
import { ZsmKoppeling1763801300000 } from './migrations/1763801300000-zsm-koppeling';
import { ZsmBewaren1763801600000 } from './migrations/1763801600000-bewaren';
import { BewarenModule } from './bewaren/bewaren.module';
import { ZsmPersoonSignaalEntity } from './zsm-signalen/zsm-persoon-signaal.entity';
import { ZsmSignalenModule } from './zsm-signalen/zsm-signalen.module';

export const ENTITEITEN = [ZsmPersoonSignaalEntity];
export const MIGRATIES = [ZsmBasis1763800300000, ZsmKoppeling1763801300000, ZsmBewaren1763801600000];

@Module({})
export class AppModule {
  static met(config: BasisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          dienst: Dienst.ZSM,
          config,
          entities: ENTITEITEN,
          migrations: MIGRATIES,
        }),
        subgraafModule(Dienst.ZSM, { breidtPersoonUit: true }),
        ZsmSignalenModule,
        KoppelingModule,
        BewarenModule,
      ],
    };
  }
}
