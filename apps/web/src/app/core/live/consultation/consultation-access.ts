/**
 * What ends a consultation page, apart from Angular and sockets so it is
 * unit-tested: why the page cannot show the consultation (from the read of
 * the consultation, the join of its room, or a ban heard live), and which
 * failed reads change what is on screen.
 */
import type { ErrorCode } from '@klasteris/contracts';

import type { TranslationKey } from '../../i18n/translation-key';
import type { RoomErrorKind } from '../room/live-room.store';

/**
 * A ban wins over everything else: whichever side learnt of it first (a
 * `member:banned` naming me, the room's join refused with BANNED, a question
 * or vote refused with BANNED, or the read of the consultation refused with
 * BANNED on a reload), the page says I was removed and shows neither the
 * questions nor the chat.
 */
export function consultationErrorKind(
  loadFailureKey: TranslationKey | undefined,
  roomErrorKind: RoomErrorKind | null,
  removedHere: boolean,
): RoomErrorKind | null {
  if (removedHere || roomErrorKind === 'removed' || loadFailureKey === 'errors.BANNED') return 'removed';
  if (loadFailureKey === undefined) return roomErrorKind;
  if (loadFailureKey === 'errors.NOT_FOUND' || loadFailureKey === 'errors.VALIDATION_FAILED') return 'notFound';
  if (loadFailureKey === 'errors.FORBIDDEN') return 'forbidden';
  return 'other';
}

/**
 * Whether a failed read of the consultation is shown: always when nothing is
 * known yet; for a refresh of one already shown only when it, or my place in
 * it, is gone (a passing network failure leaves the page as it is).
 */
export function readFailureShown(code: ErrorCode | null, known: boolean): boolean {
  return !known || code === 'NOT_FOUND' || code === 'BANNED';
}
