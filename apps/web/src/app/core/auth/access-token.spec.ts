import { accessTokenExpiry, expiresSoon } from './access-token';

function tokenWith(claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

describe('access token expiry', () => {
  it('reads the exp claim', () => {
    expect(accessTokenExpiry(tokenWith({ sub: 'x', exp: 1_900_000_000 }))).toBe(1_900_000_000);
  });

  it('is null for tokens it cannot read', () => {
    expect(accessTokenExpiry('not-a-jwt')).toBeNull();
    expect(accessTokenExpiry('a.%%%.c')).toBeNull();
    expect(accessTokenExpiry(tokenWith({ sub: 'x' }))).toBeNull();
  });

  it('says a token expires soon within the margin, or when unreadable', () => {
    const now = 1_900_000_000_000;
    expect(expiresSoon(tokenWith({ exp: now / 1000 + 600 }), now)).toBe(false);
    expect(expiresSoon(tokenWith({ exp: now / 1000 + 10 }), now)).toBe(true);
    expect(expiresSoon('garbage', now)).toBe(true);
  });
});
