/** Refusals of working-group work, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';
import { validationFailed } from '../platform/http/validation';

/** Also what people outside a group hear: a group they may not see does not exist for them. */
export const groupNotFound = () => new DomainError('NOT_FOUND', 'This group does not exist');
export const notAGroupManager = () =>
  new DomainError('FORBIDDEN', "Only the group's owners and administrators can do this");
export const notAGroupMember = () => new DomainError('NOT_FOUND', 'This person is not a member of the group');
export const organisationNotTakingPart = () =>
  new DomainError('NOT_FOUND', 'This organisation does not take part in the group');
export const lastOwnerCannotLeave = () =>
  new DomainError('CONFLICT', 'The last owner cannot leave; make someone else an owner first');
export const lastOwnerCannotStepDown = () =>
  new DomainError('CONFLICT', 'The last owner cannot become a plain member; make someone else an owner first');
export const channelNameTaken = () => new DomainError('CONFLICT', 'The group already has a channel with this name');
export const cannotPin = () =>
  new DomainError('FORBIDDEN', "Only the group's owners, moderators and administrators can pin messages");
export const unknownPerson = () =>
  validationFailed([{ field: 'userId', messages: ['userId must name an existing person'] }]);
export const unknownOrganisations = (field: string) =>
  validationFailed([{ field, messages: [`${field} must name existing organisations`] }]);
export const exactlyOneMember = () =>
  validationFailed([{ field: 'userId', messages: ['give exactly one of userId and organisationId'] }]);
export const badSearchCursor = () =>
  validationFailed([{ field: 'cursor', messages: ['cursor is not one this search gave'] }]);
