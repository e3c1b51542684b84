/** The catalogue's refusals, each with its contract code. */
import { DomainError } from '../platform/errors/domain-error';

export const programmeNotFound = () => new DomainError('NOT_FOUND', 'This programme does not exist');
export const moduleNotFound = () => new DomainError('NOT_FOUND', 'This module does not exist');
export const personNotFound = () => new DomainError('NOT_FOUND', 'This person does not exist');
export const notTeaching = () => new DomainError('FORBIDDEN', 'Only the lecturers of this programme can do this');
export const notEnrolled = () => new DomainError('FORBIDDEN', 'Enrol in this programme first');
export const modulePositionTaken = (position: number) =>
  new DomainError('CONFLICT', `Another module of this programme is at position ${position}`);
export const notALecturer = () =>
  new DomainError('CONFLICT', 'Only a person with the lecturer role can teach a programme; change their role first');
