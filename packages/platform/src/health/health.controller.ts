import { Controller, Get, HttpCode, Inject, Res, type OnApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import IORedis, { type Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Publiek } from '../auth/auth.decorators';
import { CONFIG, DIENST_NAAM } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';

async function metTijdslimiet<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<T>((_, rej) => (t = setTimeout(() => rej(new Error(`geen antwoord binnen ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(t);
  }
}

@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) config: BasisConfig,
    @Inject(DIENST_NAAM) private readonly dienst: string,
  ) {
    this.redis = new IORedis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectionName: 'ketenbeeld:health',
    });
    this.redis.on('error', () => undefined);
  }

  @Publiek()
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'up', dienst: this.dienst };
  }

  @Publiek()
  @Get('ready')
  async ready(@Res() res: Response) {
    const controles = await Promise.all([
      metTijdslimiet(this.ds.query('SELECT 1'), 2000).then(
        () => ['postgres', 'up'] as const,
        (e: Error) => ['postgres', `down: ${e.message}`] as const,
      ),
      (this.redis.status === 'wait' || this.redis.status === 'end'
        ? this.redis.connect().catch(() => undefined)
        : Promise.resolve()
      )
        .then(() => metTijdslimiet(this.redis.ping(), 2000))
        .then(
          () => ['redis', 'up'] as const,
          (e: Error) => ['redis', `down: ${e.message}`] as const,
        ),
    ]);
    const ok = controles.every(([, s]) => s === 'up');
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'up' : 'down', dienst: this.dienst, controles: Object.fromEntries(controles) });
  }

  onApplicationShutdown() {
    this.redis.disconnect();
  }
}
