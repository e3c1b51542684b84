/**
 * What a page says in place of a live room it cannot open: the room does not
 * exist, is not for this person, or opening it failed. Each page frames it
 * with a heading at its own level. A removal (a ban) is not one of these: the
 * live room view shows its own notice for it.
 */
import type { ErrorMessage } from '../../core/api/api-error';
import type { TranslationKey } from '../../core/i18n/translation-key';
import type { RoomErrorKind } from '../../core/live/room/live-room.store';

export interface RoomProblem {
  title: TranslationKey;
  /** Null when opening failed without a reason to show. */
  text: ErrorMessage | null;
}

export function roomProblemFor(kind: RoomErrorKind | null, error: ErrorMessage | null): RoomProblem | null {
  switch (kind) {
    case 'notFound':
      return { title: 'room.notFoundTitle', text: { key: 'room.notFoundText' } };
    case 'forbidden':
      return { title: 'room.forbiddenTitle', text: { key: 'room.forbiddenText' } };
    case 'other':
      return { title: 'room.errorTitle', text: error };
    case 'removed':
    case null:
      return null;
  }
}
