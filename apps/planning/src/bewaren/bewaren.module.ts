import { Module } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { BewaarModule } from '@ketenbeeld/platform';
import { PlanningBewaarregels } from './bewaarregels.service';
import { CasusOpgeschoondVerwerker } from './casus-opgeschoond.verwerker';

/**
 * Retention of planning's records (placements, inhuisregistratie, the processing log), and its case
 * copies following casusregie's retention. Its signal copies follow signalen through the placements
 * module (signaalKopieVolgers).
 */
@Module({
  imports: [BewaarModule.voorDienst(Dienst.PLANNING)],
  providers: [PlanningBewaarregels, CasusOpgeschoondVerwerker],
})
export class BewarenModule {}
