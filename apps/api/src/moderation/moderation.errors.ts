/** Moderation's refusals, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';

export const itemNotFound = (type: 'message' | 'question') =>
  new DomainError('NOT_FOUND', `This ${type} does not exist`);
export const alreadyReported = () => new DomainError('CONFLICT', 'You have already reported this');
export const noOpenReports = () => new DomainError('CONFLICT', 'There are no open reports about this');
export const personNotFound = () => new DomainError('NOT_FOUND', 'This person does not exist');
/** Decided: 409, not 403 — the caller may act, just not on this person. */
export const staffCannotBeRestricted = () =>
  new DomainError('CONFLICT', 'Moderators and admins cannot be muted or banned');
export const nothingToChange = (what: string) => new DomainError('CONFLICT', what);
