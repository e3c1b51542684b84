import { ERROR_CODES } from './errors';

describe('error codes', () => {
  it('include every socket acknowledgement code named in the contract', () => {
    const socketCodes = [
      'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE',
      'RATE_LIMITED', 'MUTED', 'BANNED', 'ROOM_LOCKED', 'SLOW_MODE', 'CONFLICT',
    ];
    for (const code of socketCodes) expect(ERROR_CODES).toContain(code);
  });

  it('has no duplicates', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
