import IORedis, { type Redis } from 'ioredis';

/** A Redis connection suitable for BullMQ (workers need maxRetriesPerRequest: null). */
export function redisVerbinding(url: string, naam: string): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: null,
    connectionName: `ketenbeeld:${naam}`,
    lazyConnect: false,
  });
}
