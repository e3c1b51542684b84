import { InMemoryRateLimiter } from './in-memory-rate-limiter';

describe('InMemoryRateLimiter', () => {
  const rule = { capacity: 3, refillPerSecond: 1 };

  it('allows a burst up to capacity, then refuses with the wait until the next token', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter(() => now);
    for (let i = 0; i < 3; i++) expect((await limiter.take('k', rule)).allowed).toBe(true);
    expect(await limiter.take('k', rule)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 1000;
    expect((await limiter.take('k', rule)).allowed).toBe(true);
  });

  it('keeps keys apart and forgets a reset key', async () => {
    const limiter = new InMemoryRateLimiter(() => 0);
    for (let i = 0; i < 3; i++) await limiter.take('a', rule);
    expect((await limiter.take('a', rule)).allowed).toBe(false);
    expect((await limiter.take('b', rule)).allowed).toBe(true);
    await limiter.reset('a');
    expect((await limiter.take('a', rule)).allowed).toBe(true);
  });
});
