import { Module } from '@nestjs/common';
import { Dienst } from '@ketenbeeld/domain';
import { BewaarModule } from '@ketenbeeld/platform';
import { SignalenBewaarregels } from './bewaarregels.service';

/** Retention of signalen's records (signals, police signals, stored partner answers, the processing log). */
@Module({ imports: [BewaarModule.voorDienst(Dienst.SIGNALEN)], providers: [SignalenBewaarregels] })
export class BewarenModule {}
