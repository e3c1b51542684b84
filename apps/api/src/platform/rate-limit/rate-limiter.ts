/**
 * Token-bucket rate limiting. One bucket per key (for example a person, or an
 * e-mail address and IP); each call takes one token. Redis keeps the buckets
 * when it is configured so every node shares them; otherwise they live in
 * this process, which is the only node in embedded mode.
 */
export interface RateLimitRule {
  /** Tokens the bucket holds when full: the burst allowed. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the next token, when refused. */
  retryAfterSeconds: number;
}

export abstract class RateLimiter {
  abstract take(key: string, rule: RateLimitRule): Promise<RateLimitDecision>;
  /** Forgets a key, for example after a successful sign-in. */
  abstract reset(key: string): Promise<void>;
}

export function refillBucket(
  bucket: { tokens: number; updatedAt: number },
  rule: RateLimitRule,
  now: number,
): { tokens: number; updatedAt: number } {
  const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
  return { tokens: Math.min(rule.capacity, bucket.tokens + elapsedSeconds * rule.refillPerSecond), updatedAt: now };
}

export function decide(tokens: number, rule: RateLimitRule): RateLimitDecision {
  if (tokens >= 1) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rule.refillPerSecond)) };
}
