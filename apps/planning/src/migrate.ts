import 'reflect-metadata';
import { Dienst } from '@ketenbeeld/domain';
import { migratieMain } from '@ketenbeeld/platform';
import { ENTITEITEN, MIGRATIES } from './app.module';

migratieMain(Dienst.PLANNING, { entities: ENTITEITEN, migrations: MIGRATIES });
