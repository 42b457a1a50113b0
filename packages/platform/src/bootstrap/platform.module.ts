import { Inject, Injectable, Logger, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Dienst } from '@ketenbeeld/domain';
import { ToegangGuard } from '../auth/auth.guard';
import { TokenVerifier } from '../auth/token-verifier';
import { CONFIG, ConfigModule } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { dataSourceOpties, voerMigratiesUit, type DatabaseOpties } from '../database/database';
import { DomeinFoutFilter } from '../errors/domein-fout.filter';
import { EventConsumer } from '../events/event.consumer';
import { OutboxPublisher } from '../events/outbox.publisher';
import { OutboxRelay } from '../events/outbox.relay';
import { HealthController } from '../health/health.controller';
import { TermijnMotor } from '../termijnen/termijn.motor';
import { VerwerkingslogInterceptor } from '../verwerkingslog/verwerkingslog.interceptor';
import { VerwerkingslogSchrijver } from '../verwerkingslog/verwerkingslog.schrijver';

@Injectable()
class MigratieBijStart implements OnModuleInit {
  private readonly logger = new Logger('Migraties');
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: BasisConfig,
  ) {}
  async onModuleInit() {
    if (!this.config.DATABASE_MIGRATIONS_RUN) return;
    const namen = await voerMigratiesUit(this.ds);
    if (namen.length) this.logger.log(`uitgevoerd: ${namen.join(', ')}`);
  }
}

export interface PlatformOpties extends Omit<DatabaseOpties, 'url'> {
  dienst: Dienst;
  config: BasisConfig;
}

/**
 * Everything a Ketenbeeld service stands on: config, its own database with migrations, deny-by-default
 * authentication, the outbox and its relay, the event consumer, health, the one error filter and the
 * processing log.
 */
@Module({})
export class PlatformModule {
  static forService(opties: PlatformOpties): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot(opties.dienst, opties.config),
        DiscoveryModule,
        TypeOrmModule.forRoot(
          dataSourceOpties({
            url: opties.config.DATABASE_URL,
            entities: opties.entities,
            migrations: opties.migrations,
          }),
        ),
      ],
      controllers: [HealthController],
      providers: [
        MigratieBijStart,
        OutboxPublisher,
        OutboxRelay,
        EventConsumer,
        TermijnMotor,
        VerwerkingslogSchrijver,
        {
          provide: TokenVerifier,
          useFactory: () =>
            new TokenVerifier({
              issuer: opties.config.AUTH_ISSUER,
              audience: opties.config.AUTH_AUDIENCE,
              ...(opties.config.AUTH_JWKS_URL ? { jwksUrl: opties.config.AUTH_JWKS_URL } : {}),
              ...(opties.config.AUTH_PUBLIC_KEY ? { publicKeyPem: opties.config.AUTH_PUBLIC_KEY } : {}),
            }),
        },
        { provide: APP_GUARD, useClass: ToegangGuard },
        { provide: APP_FILTER, useClass: DomeinFoutFilter },
        { provide: APP_INTERCEPTOR, useClass: VerwerkingslogInterceptor },
      ],
      exports: [
        OutboxPublisher,
        OutboxRelay,
        EventConsumer,
        TermijnMotor,
        VerwerkingslogSchrijver,
        TokenVerifier,
        ConfigModule,
        TypeOrmModule,
      ],
    };
  }
}
