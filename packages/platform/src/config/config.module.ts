import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { BasisConfig } from './config.schema';

/** Injection token for the parsed, frozen configuration of this service. */
export const CONFIG = Symbol('KETENBEELD_CONFIG');
export const DIENST_NAAM = Symbol('KETENBEELD_DIENST_NAAM');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(dienst: string, config: BasisConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: DIENST_NAAM, useValue: dienst },
      ],
      exports: [CONFIG, DIENST_NAAM],
    };
  }
}
