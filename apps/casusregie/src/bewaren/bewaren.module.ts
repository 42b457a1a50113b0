import { Module } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { BewaarModule } from '@ketenbeeld/platform';
import { CasusregieBewaarregels } from './bewaarregels.service';

/** Retention of casusregie's records (closed cases by outcome, daily overviews, Top-X lists, the processing log). */
@Module({ imports: [BewaarModule.voorDienst(Dienst.CASUSREGIE)], providers: [CasusregieBewaarregels] })
export class BewarenModule {}
