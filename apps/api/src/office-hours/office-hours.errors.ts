/** Refusals of office-hour work, each with its contract code. */
import type { ValidationIssue } from '@klasteris/contracts';

import { DomainError } from '../platform/errors/domain-error';
import { validationFailed } from '../platform/http/validation';

export const lecturerNotFound = () => new DomainError('NOT_FOUND', 'This lecturer does not hold office hours');
export const bookingNotFound = () => new DomainError('NOT_FOUND', 'This booking does not exist');
export const feedNotFound = () => new DomainError('NOT_FOUND', 'This calendar feed does not exist');
export const slotTaken = () =>
  new DomainError('SLOT_TAKEN', 'This slot is full; choose another time or join its waiting list');
export const alreadyInSlot = () =>
  new DomainError('CONFLICT', 'You already have a place (or a place on the waiting list) in this slot');
export const bookingCancelled = () => new DomainError('CONFLICT', 'This booking is already cancelled');
export const cutoffPassed = (minutes: number) =>
  new DomainError(
    'CONFLICT',
    `It is too late to change this booking: bookings can be cancelled or moved until ${minutes} minutes before they start`,
  );
export const slotStarted = () => new DomainError('CONFLICT', 'This slot has already started');
export const notASlot = (field: string, why: string) => validationFailed([{ field, messages: [why] }]);
export const badRange = (why: string) => validationFailed([{ field: 'to', messages: [why] }]);
export const availabilityRefused = (issues: ValidationIssue[]) => validationFailed(issues);
export const notYourSlots = () =>
  new DomainError('FORBIDDEN', 'Only the learner or the lecturer of a booking may change it');
