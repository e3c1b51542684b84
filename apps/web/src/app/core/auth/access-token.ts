/**
 * Reads the expiry of an access token (a JWT) without verifying it: the
 * client only needs to know whether to refresh before using it, the server
 * still checks every token. Pure, so it is unit-tested.
 */

/** Seconds since the epoch at which the token expires, or null when it cannot be read. */
export function accessTokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return null;
  try {
    const base64 = payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims: unknown = JSON.parse(atob(base64));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : null;
  } catch {
    return null;
  }
}

/** True when the token is unreadable or expires within `marginSeconds` of `nowMs`. */
export function expiresSoon(token: string, nowMs: number, marginSeconds = 30): boolean {
  const expiry = accessTokenExpiry(token);
  return expiry === null || expiry * 1000 - nowMs < marginSeconds * 1000;
}
