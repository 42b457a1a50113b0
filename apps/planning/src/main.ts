import 'reflect-metadata';
import { Dienst } from '@ketenbeeld/domain';
import { dienstMain } from '@ketenbeeld/platform';
import { AppModule } from './app.module';

dienstMain(Dienst.PLANNING, (config) => AppModule.met(config));
