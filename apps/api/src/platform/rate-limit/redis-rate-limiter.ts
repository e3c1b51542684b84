import type { Redis } from 'ioredis';

import { RateLimitDecision, RateLimiter, RateLimitRule } from './rate-limiter';

/**
 * The bucket update runs as one Lua script so concurrent takes on several
 * nodes cannot both spend the last token. Time comes from Redis itself, so
 * nodes with drifting clocks agree.
 */
const TAKE_SCRIPT = `
local key = KEYS[1]
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', key, 'tokens', 'updatedAt')
local tokens = tonumber(state[1]) or capacity
local updatedAt = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - updatedAt) / 1000 * refill)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'updatedAt', tostring(now))
redis.call('PEXPIRE', key, math.ceil(capacity / refill * 1000) + 1000)
return {allowed, tostring(tokens)}
`;

export class RedisRateLimiter extends RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super();
  }

  async take(key: string, rule: RateLimitRule): Promise<RateLimitDecision> {
    const [allowed, tokens] = (await this.redis.eval(
      TAKE_SCRIPT,
      1,
      `${this.prefix}:rate:${key}`,
      rule.capacity,
      rule.refillPerSecond,
    )) as [number, string];
    if (allowed === 1) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - Number(tokens)) / rule.refillPerSecond)) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}:rate:${key}`);
  }
}
