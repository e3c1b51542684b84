/**
 * Error codes shared by the REST error body and socket acknowledgements.
 * The API throws domain errors with one of these; clients switch on them.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'REFRESH_REUSED',
  'ACCOUNT_DEACTIVATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'EMAIL_TAKEN',
  'SLOT_TAKEN',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'MUTED',
  'BANNED',
  'ROOM_LOCKED',
  'SLOW_MODE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes a socket acknowledgement may carry (CONTRACT.md, Socket.IO). */
export type SocketErrorCode = Extract<
  ErrorCode,
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'MUTED'
  | 'BANNED'
  | 'ROOM_LOCKED'
  | 'SLOW_MODE'
  | 'CONFLICT'
  // Not in the original list: a fault on our side, so the client can say so honestly.
  | 'INTERNAL'
>;

/** One field that failed validation. */
export interface ValidationIssue {
  field: string;
  messages: string[];
}

/** The JSON body of every REST error response. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ValidationIssue[];
  /** Seconds to wait, for RATE_LIMITED. */
  retryAfterSeconds?: number;
}
