/**
 * The opaque refresh token: `<sessionId>.<32 random bytes, base64url>`. The
 * session id lets the server find the family; only the sha256 of the whole
 * token is stored.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function createRefreshToken(sessionId: string): { token: string; hash: string } {
  const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The session id of a well-formed token, or null for anything else. */
export function sessionIdOf(token: string): string | null {
  const [sessionId, secret, ...rest] = token.split('.');
  if (rest.length > 0 || sessionId === undefined || secret === undefined) return null;
  return UUID.test(sessionId) && SECRET.test(secret) ? sessionId : null;
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
