/** Chooses the rate limiter once: Redis-backed when Redis is there, in-process otherwise. */
import { Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { REDIS_CLIENT } from '../redis/redis.module';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

@Global()
@Module({
  providers: [
    {
      provide: RateLimiter,
      inject: [REDIS_CLIENT, APP_CONFIG],
      useFactory: (redis: Redis | null, config: RuntimeConfig): RateLimiter =>
        redis ? new RedisRateLimiter(redis, config.redisPrefix) : new InMemoryRateLimiter(),
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}
