import { Module } from '@nestjs/common';
import { SignalenModule } from '../signalen/signalen.module';
import { InhuisregistratieGemistVerwerker } from './inhuisregistratie-gemist.verwerker';

@Module({ imports: [SignalenModule], providers: [InhuisregistratieGemistVerwerker] })
export class InhuisregistratieModule {}
