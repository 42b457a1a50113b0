import { Module, type DynamicModule } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { PlatformModule, subgraafModule, type BasisConfig } from '@ketenbeeld/platform';
import { CasussenModule } from './casussen/casussen.module';
import { DagoverzichtModule } from './dagoverzicht/dagoverzicht.module';
import { OverleggenModule } from './overleggen/overleggen.module';
import { TopXModule } from './topx/topx.module';
import { VerantwoordingModule } from './verantwoording/verantwoording.module';
import { ZsmKoppelingModule } from './zsm-koppeling/zsm-koppeling.module';
import { ZsmGebeurtenis1763801200000 } from './migrations/1763801200000-zsm-gebeurtenis';
import { CasusregieBasis1763800200000 } from './migrations/1763800200000-casusregie-basis';
import { Casussen1763801000000 } from './migrations/1763801000000-casussen';
import { CasusPersoonVerplaatsing1763801100000 } from './migrations/1763801100000-casus-persoon-verplaatsing';
import { CasusregieBewaren1763801600000 } from './migrations/1763801600000-bewaren';
import { BewarenModule } from './bewaren/bewaren.module';
import { SignaalMeldingEntity } from './signaal-meldingen/signaal-melding.entity';
import { SignaalMeldingenModule } from './signaal-meldingen/signaal-meldingen.module';
import { VoorstellenModule } from './voorstellen/voorstellen.module';

export const ENTITEITEN = [SignaalMeldingEntity];
export const MIGRATIES = [
  CasusregieBasis1763800200000,
  Casussen1763801000000,
  CasusPersoonVerplaatsing1763801100000,
  ZsmGebeurtenis1763801200000,
  CasusregieBewaren1763801600000,
];

@Module({})
export class AppModule {
  static met(config: BasisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          dienst: Dienst.CASUSREGIE,
          config,
          entities: ENTITEITEN,
          migrations: MIGRATIES,
        }),
        subgraafModule(Dienst.CASUSREGIE, { breidtPersoonUit: true }),
        SignaalMeldingenModule,
        CasussenModule,
        VoorstellenModule,
        OverleggenModule,
        DagoverzichtModule,
        VerantwoordingModule,
        TopXModule,
        ZsmKoppelingModule,
        BewarenModule,
      ],
    };
  }
}
