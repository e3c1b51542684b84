/** The opaque cursor of a person's notification list: the id of the last one on the page. */
import { validationFailed } from '../platform/http/validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeNotificationsCursor(lastId: string): string {
  return Buffer.from(lastId).toString('base64url');
}

export function decodeNotificationsCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID.test(id)) {
    throw validationFailed([{ field: 'cursor', messages: ['cursor must be the nextCursor of an earlier page'] }]);
  }
  return id;
}
