/**
 * The refresh-token cookie: httpOnly (scripts never see it), SameSite=Strict
 * and scoped to /api/auth (sent only to refresh and sign-out), Secure when
 * the request came over HTTPS.
 */
import type { CookieOptions, Request, Response } from 'express';

export const REFRESH_COOKIE = 'klasteris_refresh';
const REFRESH_COOKIE_PATH = '/api/auth';

function baseOptions(request: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: request.secure };
}

export function setRefreshCookie(request: Request, response: Response, token: string, ttlDays: number): void {
  response.cookie(REFRESH_COOKIE, token, { ...baseOptions(request), maxAge: ttlDays * 86_400_000 });
}

export function clearRefreshCookie(request: Request, response: Response): void {
  response.clearCookie(REFRESH_COOKIE, baseOptions(request));
}

export function readRefreshCookie(request: Request): string | null {
  const cookies: unknown = request.cookies;
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value: unknown = (cookies as Record<string, unknown>)[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}
