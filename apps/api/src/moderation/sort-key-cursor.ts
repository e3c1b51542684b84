/**
 * The opaque cursor of moderation lists: the last row's sort key (a time as
 * PostgreSQL prints it, exact to the microsecond, and an id), base64url JSON.
 */
import { validationFailed } from '../platform/http/validation';

export interface SortKeyCursor {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeSortKeyCursor(cursor: SortKeyCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeSortKeyCursor(value: string): SortKeyCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [at, id] = parsed as unknown[];
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)) {
        return { at, id };
      }
    }
  } catch {
    /* reported below */
  }
  throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
}
