import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Dienst } from '@ketenbeeld/domain';
import { BewaarRooster } from './bewaar.rooster';
import { BewaarService } from './bewaar.service';
import { bewarenResolver } from './bewaren.resolver';

/**
 * Retention for one service: the BewaarService with the rules its feature modules contribute
 * (`@BewaarRegels()` providers, found through discovery), the nightly job and the privacy officer's
 * GraphQL fields. Import once per service, in the feature module that provides its rules.
 */
@Module({})
export class BewaarModule {
  static voorDienst(dienst: Dienst): DynamicModule {
    return {
      module: BewaarModule,
      imports: [DiscoveryModule],
      providers: [BewaarService, BewaarRooster, bewarenResolver(dienst)],
      exports: [BewaarService],
    };
  }
}
