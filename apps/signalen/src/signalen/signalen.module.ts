import { Module } from '@nestjs/common';
import { PersoonResolver } from '../personen/persoon.resolver';
import { PersoonService } from '../personen/persoon.service';
import { IdempotentieService } from '../idempotentie/idempotentie.service';
import { OpenApiController } from '../openapi/openapi.controller';
import { SignaalBatchService } from './signaal-batch.service';
import { SignaalController } from './signaal.controller';
import { SignaalResolver } from './signaal.resolver';
import { SignaalService } from './signaal.service';
import { TaxonomieService } from './taxonomie.service';

@Module({
  controllers: [SignaalController, OpenApiController],
  providers: [
    SignaalService,
    TaxonomieService,
    SignaalBatchService,
    IdempotentieService,
    SignaalResolver,
    PersoonService,
    PersoonResolver,
  ],
  exports: [SignaalService, PersoonService, TaxonomieService],
})
export class SignalenModule {}
