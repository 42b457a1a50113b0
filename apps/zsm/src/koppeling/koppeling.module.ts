import { Module } from '@nestjs/common';
import { Snelheidsbegrenzer } from './snelheidsbegrenzer';
import { ZsmOpenApiController } from './zsm-openapi.controller';
import { ZsmController } from './zsm.controller';
import { PersoonZsmResolver, ZsmOverzichtResolver } from './zsm.resolver';
import { ZsmService } from './zsm.service';

@Module({
  controllers: [ZsmController, ZsmOpenApiController],
  providers: [
    ZsmService,
    PersoonZsmResolver,
    ZsmOverzichtResolver,
    { provide: Snelheidsbegrenzer, useValue: new Snelheidsbegrenzer() },
  ],
  exports: [ZsmService],
})
export class KoppelingModule {}
