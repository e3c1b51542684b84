/** Refusals of privacy work, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';

export const lastAdminCannotErase = () =>
  new DomainError('CONFLICT', 'You are the last active admin: make someone else an admin before erasing your account');
