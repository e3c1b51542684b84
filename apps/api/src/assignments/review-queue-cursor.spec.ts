import { DomainError } from '../platform/errors/domain-error';
import { decodeReviewQueueCursor, encodeReviewQueueCursor } from './review-queue-cursor';

describe('review queue cursor', () => {
  const cursor = { submittedAt: '2026-02-03T10:11:12.123456Z', id: '0b5c8f2e-5a4e-4c1b-9d2a-3f6e7a8b9c0d' };

  it('round-trips', () => {
    expect(decodeReviewQueueCursor(encodeReviewQueueCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'garbage', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'refuses %j as a validation error',
    (value) => {
      expect(() => decodeReviewQueueCursor(value)).toThrow(DomainError);
    },
  );
});
