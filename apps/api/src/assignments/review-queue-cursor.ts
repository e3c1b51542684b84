/** The opaque cursor of the review queue: the last item's (submitted_at, id), base64url JSON. */
import { validationFailed } from '../platform/http/validation';

export interface ReviewQueueCursor {
  /** submitted_at with microseconds, as PostgreSQL keeps it. */
  submittedAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeReviewQueueCursor(cursor: ReviewQueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.submittedAt, cursor.id])).toString('base64url');
}

export function decodeReviewQueueCursor(value: string): ReviewQueueCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [submittedAt, id] = parsed as unknown[];
      if (typeof submittedAt === 'string' && TIMESTAMP.test(submittedAt) && typeof id === 'string' && UUID.test(id)) {
        return { submittedAt, id };
      }
    }
  } catch {
    /* reported below */
  }
  throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
}
