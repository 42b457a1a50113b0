import { Module } from '@nestjs/common';
import { DagoverzichtResolver } from './dagoverzicht.resolver';
import { DagoverzichtService } from './dagoverzicht.service';

@Module({ providers: [DagoverzichtService, DagoverzichtResolver] })
export class DagoverzichtModule {}
