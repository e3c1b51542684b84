import { randomUUID } from 'node:crypto';

import { DomainError } from '../../platform/errors/domain-error';
import { decodeUsersCursor, encodeUsersCursor } from './users-cursor';

describe('the people list cursor', () => {
  it('round-trips names with Lithuanian letters', () => {
    const cursor = { name: 'žemaitė ąžuolienė', id: randomUUID() };
    expect(decodeUsersCursor(encodeUsersCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'garbage', Buffer.from('{"name":"x"}').toString('base64url'), Buffer.from('["x","not-a-uuid"]').toString('base64url')])(
    'refuses a made-up cursor %j as a validation error',
    (value) => {
      expect(() => decodeUsersCursor(value)).toThrow(DomainError);
      try {
        decodeUsersCursor(value);
      } catch (error) {
        expect((error as DomainError).code).toBe('VALIDATION_FAILED');
      }
    },
  );
});
