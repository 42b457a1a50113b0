import { Module } from '@nestjs/common';
import { SignalenModule } from '../signalen/signalen.module';
import { ZsmRegistratieVerwerker } from './zsm-registratie.verwerker';

@Module({ imports: [SignalenModule], providers: [ZsmRegistratieVerwerker] })
export class ZsmRegistratiesModule {}
