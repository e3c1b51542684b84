/** The opaque cursor of the admin people list: the last row's sort key, base64url JSON. */
import { validationFailed } from '../../platform/http/validation';

export interface UsersCursor {
  /** lower(display_name) of the last row */
  name: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeUsersCursor(cursor: UsersCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

export function decodeUsersCursor(value: string): UsersCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [name, id] = parsed as unknown[];
      if (typeof name === 'string' && typeof id === 'string' && UUID.test(id)) return { name, id };
    }
  } catch {
    /* reported below */
  }
  throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
}
