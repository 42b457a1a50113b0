import { Module } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { BewaarModule } from '@ketenbeeld/platform';
import { ZsmBewaarregels } from './bewaarregels.service';
import { CasusOpgeschoondVerwerker } from './casus-opgeschoond.verwerker';

/**
 * Retention of zsm's records (registrations, detentions, the lookup register, the processing log),
 * and its case copies following casusregie's retention. Its signal copies follow signalen through the
 * ZSM signals module (signaalKopieVolgers).
 */
@Module({
  imports: [BewaarModule.voorDienst(Dienst.ZSM)],
  providers: [ZsmBewaarregels, CasusOpgeschoondVerwerker],
})
export class BewarenModule {}
