/**
 * The socket side of error handling: runs an event handler and answers its
 * acknowledgement `{ok: true, data}` or `{ok: false, error: {code, message}}`.
 * A refused event changes nothing and leaves the connection open.
 */
import { Logger } from '@nestjs/common';
import type { Ack, ErrorCode, SocketErrorCode } from '@klasteris/contracts';

import { DomainError } from '../errors/domain-error';
import { unstorableTextError } from '../errors/unstorable-text';

const logger = new Logger('SocketAck');

const SOCKET_CODE: Record<ErrorCode, SocketErrorCode> = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  REFRESH_REUSED: 'UNAUTHENTICATED',
  ACCOUNT_DEACTIVATED: 'FORBIDDEN',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  EMAIL_TAKEN: 'CONFLICT',
  SLOT_TAKEN: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  MUTED: 'MUTED',
  BANNED: 'BANNED',
  ROOM_LOCKED: 'ROOM_LOCKED',
  SLOW_MODE: 'SLOW_MODE',
  INTERNAL: 'INTERNAL',
};

export function toAckError(thrown: unknown): Extract<Ack<never>, { ok: false }> {
  const error = unstorableTextError(thrown) ?? thrown;
  if (error instanceof DomainError) {
    return {
      ok: false,
      error: {
        code: SOCKET_CODE[error.code],
        message: error.message,
        ...(error.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.extra.retryAfterSeconds } : {}),
      },
    };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side' } };
}

/** Runs `work` and answers the acknowledgement, whatever happens. */
export async function acknowledge<T>(ack: unknown, work: () => Promise<T>): Promise<void> {
  let response: Ack<T>;
  try {
    response = { ok: true, data: await work() };
  } catch (error) {
    response = toAckError(error);
  }
  if (typeof ack === 'function') (ack as (response: Ack<T>) => void)(response);
}
