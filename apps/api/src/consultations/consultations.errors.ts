/** The consultations' refusals, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';

export const consultationNotFound = () => new DomainError('NOT_FOUND', 'This consultation does not exist');
export const notAConsultation = () => new DomainError('NOT_FOUND', 'This room is not a consultation');
export const notAPresenter = () =>
  new DomainError('FORBIDDEN', 'Only the people running this consultation (its lecturers, moderators) can do this');
export const cannotRunConsultation = () =>
  new DomainError(
    'FORBIDDEN',
    'Only the lecturer of this consultation, its module’s lecturers or an admin can do this',
  );
export const consultationEnded = () =>
  new DomainError('CONFLICT', 'This consultation has ended; asking and voting are closed');
export const consultationAlreadyEnded = () =>
  new DomainError('CONFLICT', 'This consultation has ended and cannot start again');
export const questionNotFound = () => new DomainError('NOT_FOUND', 'This question does not exist');
export const questionNotVotable = () =>
  new DomainError('CONFLICT', 'Only open or answered questions can be voted on (not pending or dismissed ones)');
export const askingTooFast = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'You are asking questions too fast', { retryAfterSeconds });
