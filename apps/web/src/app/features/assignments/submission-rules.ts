/**
 * A learner's hand-in, pure: what the client checks before uploading (the
 * server checks again, by content), where the learner stands with an
 * assignment, and the server's refusals as messages a person can act on.
 */
import {
  type ApiErrorBody,
  DEFAULT_UPLOAD_MAX_BYTES,
  SUBMISSION_BODY_MAX_LENGTH,
  SUBMISSION_FILE_TYPES,
  type Submission,
} from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor, isApiErrorBody } from '../../core/api/api-error';

/** For the file input's `accept`: extensions and media types. */
export const ACCEPTED_FILES = [
  ...SUBMISSION_FILE_TYPES.map((type) => `.${type.extension}`),
  '.jpeg',
  ...SUBMISSION_FILE_TYPES.map((type) => type.mediaType),
].join(',');

/** "PDF, PNG, JPG, DOCX, ODT", for the hint. */
export const ACCEPTED_FILE_NAMES = SUBMISSION_FILE_TYPES.map((type) => type.extension.toUpperCase()).join(', ');

export const MAX_FILE_MEGABYTES = Math.floor(DEFAULT_UPLOAD_MAX_BYTES / (1024 * 1024));

export type FileProblem = 'tooLarge' | 'wrongType' | 'empty';

/** The parts of a File this needs. */
export interface FileLike {
  name: string;
  size: number;
  type: string;
}

/**
 * The client's check before uploading: size, and a type this server accepts
 * by its extension or the browser's media type (the server recognises the
 * content itself, so a renamed file is still refused there).
 */
export function fileProblem(file: FileLike, maxBytes = DEFAULT_UPLOAD_MAX_BYTES): FileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooLarge';
  const extension = file.name.includes('.') ? file.name.split('.').pop()?.toLowerCase() : undefined;
  const byExtension = SUBMISSION_FILE_TYPES.some(
    (type) => type.extension === extension || (type.extension === 'jpg' && extension === 'jpeg'),
  );
  const byType = SUBMISSION_FILE_TYPES.some((type) => type.mediaType === file.type);
  return byExtension || byType ? null : 'wrongType';
}

export type SubmissionStanding = 'none' | 'waiting' | 'revise' | 'passed';

/** The latest attempt decides: nothing yet, waiting for review, asked to revise, or passed. */
export function latestSubmission(submissions: readonly Submission[]): Submission | null {
  return submissions.reduce<Submission | null>(
    (latest, submission) => (latest === null || submission.attempt > latest.attempt ? submission : latest),
    null,
  );
}

export function standing(submissions: readonly Submission[]): SubmissionStanding {
  const latest = latestSubmission(submissions);
  if (latest === null) return 'none';
  switch (latest.status) {
    case 'submitted':
      return 'waiting';
    case 'revise':
      return 'revise';
    case 'passed':
      return 'passed';
  }
}

/** A learner may hand in first, and again after "revise". */
export function mayHandIn(value: SubmissionStanding): boolean {
  return value === 'none' || value === 'revise';
}

/** Newest attempt first, for the history. */
export function newestFirst(submissions: readonly Submission[]): Submission[] {
  return [...submissions].sort((a, b) => b.attempt - a.attempt || b.submittedAt.localeCompare(a.submittedAt));
}

export type HandInProblem = FileProblem | 'bodyEmpty' | 'bodyTooLong';

/** The whole hand-in before sending: some text or a file, not too long, and a file that passes `fileProblem`. */
export function handInProblem(body: string, file: FileLike | null): HandInProblem | null {
  if (body.length > SUBMISSION_BODY_MAX_LENGTH) return 'bodyTooLong';
  if (file !== null) return fileProblem(file);
  return body.trim() === '' ? 'bodyEmpty' : null;
}

/** The server's refusal of a hand-in, saying what to change where the server said which part it was. */
export function handInErrorFor(error: unknown): ErrorMessage {
  const body = (error as { error?: unknown } | null)?.error;
  if (isApiErrorBody(body)) {
    const apiError: ApiErrorBody = body;
    const fields = (apiError.details ?? []).map((issue) => issue.field);
    if (apiError.code === 'VALIDATION_FAILED' && fields.includes('file')) {
      return { key: 'assignment.problems.serverWrongType', params: { types: ACCEPTED_FILE_NAMES } };
    }
    if (apiError.code === 'VALIDATION_FAILED' && fields.includes('body')) return { key: 'assignment.problems.bodyEmpty' };
    if (apiError.code === 'PAYLOAD_TOO_LARGE') {
      return { key: 'assignment.problems.tooLarge', params: { max: MAX_FILE_MEGABYTES } };
    }
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 413) return { key: 'assignment.problems.tooLarge', params: { max: MAX_FILE_MEGABYTES } };
  return errorMessageFor(error);
}
