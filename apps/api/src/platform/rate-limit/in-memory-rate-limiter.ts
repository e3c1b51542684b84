import { Injectable } from '@nestjs/common';

import { RateLimitDecision, RateLimiter, RateLimitRule, decide, refillBucket } from './rate-limiter';

const MAX_BUCKETS = 100_000;

@Injectable()
export class InMemoryRateLimiter extends RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  async take(key: string, rule: RateLimitRule): Promise<RateLimitDecision> {
    const current = this.buckets.get(key) ?? { tokens: rule.capacity, updatedAt: this.now() };
    const bucket = refillBucket(current, rule, this.now());
    const decision = decide(bucket.tokens, rule);
    if (decision.allowed) bucket.tokens -= 1;
    // Re-insert so the Map's order is least-recently-used first, then trim.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value as string);
    return decision;
  }

  async reset(key: string): Promise<void> {
    this.buckets.delete(key);
  }
}
