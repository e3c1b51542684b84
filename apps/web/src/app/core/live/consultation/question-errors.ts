/**
 * What to tell a person when the server refuses a question action: a message
 * that names what they tried ("Your question was not sent: …") where the
 * generic one would be vague, the generic one otherwise. Pure, so tested.
 */
import type { SocketErrorCode } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageForCode } from '../../api/api-error';

export type QuestionAction = 'ask' | 'vote' | 'answer' | 'update';

export function questionErrorFor(
  action: QuestionAction,
  code: SocketErrorCode,
  retryAfterSeconds?: number,
): ErrorMessage {
  if (code === 'VALIDATION_FAILED') {
    if (action === 'ask') return { key: 'consultations.errors.askInvalid' };
    if (action === 'answer') return { key: 'consultations.errors.answerInvalid' };
  }
  if (code === 'FORBIDDEN') {
    if (action === 'ask') return { key: 'consultations.errors.askForbidden' };
    if (action === 'vote') return { key: 'consultations.errors.voteForbidden' };
    return { key: 'consultations.errors.presentersOnly' };
  }
  if (code === 'CONFLICT') {
    return { key: action === 'ask' ? 'consultations.errors.askClosed' : 'consultations.errors.changed' };
  }
  if (code === 'ROOM_LOCKED') return { key: 'consultations.errors.locked' };
  if (code === 'NOT_FOUND' && action !== 'ask') return { key: 'consultations.errors.questionGone' };
  return errorMessageForCode(code, retryAfterSeconds);
}
