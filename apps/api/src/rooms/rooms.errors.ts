/** The live engine's refusals, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';

export const roomNotFound = () => new DomainError('NOT_FOUND', 'This room does not exist');
export const notARoomMember = () => new DomainError('FORBIDDEN', 'You are not a member of this room');
export const roomLocked = () => new DomainError('ROOM_LOCKED', 'This room is locked; nobody can write in it now');
export const messageNotFound = () => new DomainError('NOT_FOUND', 'This message does not exist');
export const notTheAuthor = () => new DomainError('FORBIDDEN', 'Only the author can change this message');
export const messageDeleted = () => new DomainError('CONFLICT', 'This message has been deleted');
export const sendingTooFast = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 'You are sending messages too fast', { retryAfterSeconds });
export const bannedFromRoom = (until: Date | null) =>
  new DomainError(
    'BANNED',
    until ? `You are banned from this room until ${until.toISOString()}` : 'You are banned from this room',
  );
/** Muted until a time: the ack says until when, and how many seconds are left. */
export const mutedInRoom = (until: Date, now: Date) =>
  new DomainError('MUTED', `You are muted in this room until ${until.toISOString()}`, {
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
  });
export const slowModeWait = (retryAfterSeconds: number) =>
  new DomainError('SLOW_MODE', `Slow mode is on: wait ${retryAfterSeconds} s before your next message here`, {
    retryAfterSeconds,
  });
export const messageHiddenCannotPin = () =>
  new DomainError('CONFLICT', 'A hidden message cannot be pinned or unpinned');
