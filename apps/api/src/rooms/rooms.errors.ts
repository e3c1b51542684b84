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
