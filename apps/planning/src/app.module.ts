import { Module, type DynamicModule } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { PlatformModule, subgraafModule, type BasisConfig } from '@ketenbeeld/platform';
import { PlanningBasis1763800400000 } from './migrations/1763800400000-planning-basis';
import { PlanningPblTtsd1763801400000 } from './migrations/1763801400000-planning-pbl-ttsd';
import { PlanningBewaren1763801600000 } from './migrations/1763801600000-bewaren';
import { BewarenModule } from './bewaren/bewaren.module';
import { PlaatsingEntity } from './plaatsingen/plaatsing.entity';
import { PlaatsingenModule } from './plaatsingen/plaatsingen.module';

export const ENTITEITEN = [PlaatsingEntity];
export const MIGRATIES = [
  PlanningBasis1763800400000,
  PlanningPblTtsd1763801400000,
  PlanningBewaren1763801600000,
];

@Module({})
export class AppModule {
  static met(config: BasisConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          dienst: Dienst.PLANNING,
          config,
          entities: ENTITEITEN,
          migrations: MIGRATIES,
        }),
        subgraafModule(Dienst.PLANNING, { breidtPersoonUit: true }),
        PlaatsingenModule,
        BewarenModule,
      ],
    };
  }
}
