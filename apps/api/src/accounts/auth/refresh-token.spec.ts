import { randomUUID } from 'node:crypto';

import { createRefreshToken, hashRefreshToken, sameHash, sessionIdOf } from './refresh-token';

describe('refresh tokens', () => {
  it('carry their session id and are stored only as a sha256', () => {
    const sessionId = randomUUID();
    const { token, hash } = createRefreshToken(sessionId);
    expect(sessionIdOf(token)).toBe(sessionId);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashRefreshToken(token));
    expect(token).not.toContain(hash);
  });

  it('are different every time', () => {
    const sessionId = randomUUID();
    expect(createRefreshToken(sessionId).token).not.toBe(createRefreshToken(sessionId).token);
  });

  it.each(['', 'abc', `${randomUUID()}`, `${randomUUID()}.short`, `not-a-uuid.${'a'.repeat(43)}`, `${randomUUID()}.${'a'.repeat(43)}.x`])(
    'refuses the malformed token %j',
    (token) => {
      expect(sessionIdOf(token)).toBeNull();
    },
  );

  it('compares hashes in constant time and only when both are hashes', () => {
    const { hash } = createRefreshToken(randomUUID());
    expect(sameHash(hash, hash)).toBe(true);
    expect(sameHash(hash, hashRefreshToken('other'))).toBe(false);
    expect(sameHash(hash, '')).toBe(false);
  });
});
