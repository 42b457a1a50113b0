import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { DetentieVerwerker, ZsmAfdoeningVerwerker } from './zsm-koppeling.verwerker';

@Module({ imports: [CasussenModule], providers: [ZsmAfdoeningVerwerker, DetentieVerwerker] })
export class ZsmKoppelingModule {}
