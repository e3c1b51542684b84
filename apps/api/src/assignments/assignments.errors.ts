/** Refusals of assignment work, each with its contract code. */
import { SUBMISSION_FILE_TYPES } from '@klasteris/contracts';

import { DomainError } from '../platform/errors/domain-error';
import { validationFailed } from '../platform/http/validation';

const ACCEPTED = SUBMISSION_FILE_TYPES.map((type) => type.extension.toUpperCase()).join(', ');

export const assignmentNotFound = () => new DomainError('NOT_FOUND', 'This assignment does not exist');
export const submissionNotFound = () => new DomainError('NOT_FOUND', 'This submission does not exist');
export const fileNotFound = () => new DomainError('NOT_FOUND', 'This submission has no file');
export const submissionWaiting = () =>
  new DomainError('CONFLICT', 'Your submission is waiting for review; you can hand in again if it needs revision');
export const assignmentPassed = () => new DomainError('CONFLICT', 'You have already passed this assignment');
export const alreadyReviewed = () => new DomainError('CONFLICT', 'This submission has already been reviewed');
export const emptySubmission = () =>
  validationFailed([{ field: 'body', messages: ['body must not be empty unless a file is attached'] }]);
export const fileTypeRefused = () =>
  validationFailed([{ field: 'file', messages: [`file must be one of ${ACCEPTED} (recognised by its content)`] }]);
export const feedbackRequired = () =>
  validationFailed([{ field: 'feedback', messages: ['feedback must say what to revise'] }]);
