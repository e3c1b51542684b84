/**
 * Turns whatever a failed call threw into something a person can read: a
 * translation key from the error body's `code` (`errors.EMAIL_TAKEN`), or a
 * network / generic fallback. Pure apart from recognising the error shape.
 */
import { ERROR_CODES, type ApiErrorBody, type ErrorCode, type SocketErrorCode } from '@klasteris/contracts';

import type { TranslationKey, TranslationParams } from '../i18n/translation-key';

export interface ErrorMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

/** The parts of Angular's HttpErrorResponse this needs; kept structural so it is testable without Angular. */
export interface HttpErrorLike {
  status: number;
  error: unknown;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<Record<keyof ApiErrorBody, unknown>>;
  return typeof body.statusCode === 'number' && isErrorCode(body.code);
}

function isHttpErrorLike(value: unknown): value is HttpErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    'error' in value
  );
}

/** The error code in a failed call's body, if it has one. */
export function errorCodeOf(error: unknown): ErrorCode | null {
  return isHttpErrorLike(error) && isApiErrorBody(error.error) ? error.error.code : null;
}

export function errorMessageFor(error: unknown): ErrorMessage {
  if (!isHttpErrorLike(error)) return { key: 'errors.GENERIC' };
  if (error.status === 0) return { key: 'errors.NETWORK' };
  const body = error.error;
  if (!isApiErrorBody(body)) return { key: error.status >= 500 ? 'errors.INTERNAL' : 'errors.GENERIC' };
  return errorMessageForCode(body.code, body.retryAfterSeconds);
}

/** The message for an error code, from a REST body or a socket acknowledgement `{ok: false, error}`. */
export function errorMessageForCode(code: ErrorCode | SocketErrorCode, retryAfterSeconds?: number): ErrorMessage {
  if (code === 'RATE_LIMITED' && typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0) {
    return { key: 'errors.RATE_LIMITED_SECONDS', params: { seconds: Math.ceil(retryAfterSeconds) } };
  }
  const key: TranslationKey = `errors.${code}`;
  return { key };
}
