import { errorCodeOf, errorMessageFor, errorMessageForCode } from './api-error';

const httpError = (status: number, error: unknown) => ({ status, error });

describe('errorMessageFor', () => {
  it('maps the error body code to its translation key', () => {
    expect(errorMessageFor(httpError(401, { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'x' }))).toEqual({
      key: 'errors.INVALID_CREDENTIALS',
    });
    expect(errorMessageFor(httpError(409, { statusCode: 409, code: 'EMAIL_TAKEN', message: 'x' }))).toEqual({
      key: 'errors.EMAIL_TAKEN',
    });
    expect(
      errorMessageFor(httpError(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', details: [] })),
    ).toEqual({
      key: 'errors.VALIDATION_FAILED',
    });
  });

  it('says how long to wait when rate limited', () => {
    expect(
      errorMessageFor(httpError(429, { statusCode: 429, code: 'RATE_LIMITED', message: 'x', retryAfterSeconds: 12.2 })),
    ).toEqual({
      key: 'errors.RATE_LIMITED_SECONDS',
      params: { seconds: 13 },
    });
    expect(errorMessageFor(httpError(429, { statusCode: 429, code: 'RATE_LIMITED', message: 'x' }))).toEqual({
      key: 'errors.RATE_LIMITED',
    });
  });

  it('falls back for network failures, unknown bodies and non-HTTP errors', () => {
    expect(errorMessageFor(httpError(0, null))).toEqual({ key: 'errors.NETWORK' });
    expect(errorMessageFor(httpError(502, '<html>Bad gateway</html>'))).toEqual({ key: 'errors.INTERNAL' });
    expect(errorMessageFor(httpError(418, { code: 'TEAPOT' }))).toEqual({ key: 'errors.GENERIC' });
    expect(errorMessageFor(new Error('boom'))).toEqual({ key: 'errors.GENERIC' });
  });

  it('reads the code only from a well-formed body', () => {
    expect(errorCodeOf(httpError(409, { statusCode: 409, code: 'EMAIL_TAKEN', message: 'x' }))).toBe('EMAIL_TAKEN');
    expect(errorCodeOf(httpError(409, { code: 'EMAIL_TAKEN' }))).toBeNull();
  });
});

describe('errorMessageForCode', () => {
  it('translates socket acknowledgement codes, with the wait when rate limited', () => {
    expect(errorMessageForCode('ROOM_LOCKED')).toEqual({ key: 'errors.ROOM_LOCKED' });
    expect(errorMessageForCode('RATE_LIMITED', 0.4)).toEqual({
      key: 'errors.RATE_LIMITED_SECONDS',
      params: { seconds: 1 },
    });
    expect(errorMessageForCode('RATE_LIMITED')).toEqual({ key: 'errors.RATE_LIMITED' });
  });
});
