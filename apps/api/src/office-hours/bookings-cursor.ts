/** The opaque cursor of the bookings list: the last item's (start, id), base64url JSON. */
import { validationFailed } from '../platform/http/validation';

export interface BookingsCursor {
  start: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeBookingsCursor(cursor: BookingsCursor): string {
  return Buffer.from(JSON.stringify([cursor.start, cursor.id])).toString('base64url');
}

export function decodeBookingsCursor(value: string): BookingsCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [start, id] = parsed as unknown[];
      if (typeof start === 'string' && !Number.isNaN(Date.parse(start)) && typeof id === 'string' && UUID.test(id)) {
        return { start, id };
      }
    }
  } catch {
    /* reported below */
  }
  throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
}
