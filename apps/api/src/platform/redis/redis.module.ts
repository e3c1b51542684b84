/**
 * The shared ioredis client, or null when REDIS_URL is not set. Features that
 * can use Redis get it through their platform adapter, never directly.
 */
import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

export function createRedisClient(url: string): Redis {
  // BullMQ and blocking commands want no per-request retry limit.
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: RuntimeConfig) => (config.redisUrl ? createRedisClient(config.redisUrl) : null),
    },
    RedisCloser,
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule {}
