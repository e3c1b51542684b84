import { DEFAULT_UPLOAD_MAX_BYTES, type Submission } from '@klasteris/contracts';

import {
  fileProblem,
  handInErrorFor,
  handInProblem,
  latestSubmission,
  mayHandIn,
  newestFirst,
  standing,
} from './submission-rules';

function submission(attempt: number, status: Submission['status']): Submission {
  return {
    id: `s${attempt}`,
    assignmentId: 'a',
    learner: { id: 'l', displayName: 'Rasa', organisationName: null },
    body: 'text',
    file: null,
    attempt,
    status,
    submittedAt: `2026-03-0${attempt}T10:00:00.000Z`,
    late: false,
    review: null,
  };
}

describe('checking a file before uploading', () => {
  it('accepts the types the server accepts, by extension or media type', () => {
    expect(fileProblem({ name: 'map.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(fileProblem({ name: 'photo.JPEG', size: 1000, type: '' })).toBeNull();
    expect(fileProblem({ name: 'scan', size: 1000, type: 'image/png' })).toBeNull();
    expect(fileProblem({ name: 'notes.odt', size: 1000, type: '' })).toBeNull();
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(fileProblem({ name: 'run.exe', size: 1000, type: 'application/x-msdownload' })).toBe('wrongType');
    expect(fileProblem({ name: 'map.pdf', size: 0, type: 'application/pdf' })).toBe('empty');
    expect(fileProblem({ name: 'map.pdf', size: DEFAULT_UPLOAD_MAX_BYTES + 1, type: 'application/pdf' })).toBe(
      'tooLarge',
    );
    expect(fileProblem({ name: 'map.pdf', size: DEFAULT_UPLOAD_MAX_BYTES, type: 'application/pdf' })).toBeNull();
  });

  it('needs text or a file', () => {
    expect(handInProblem('  ', null)).toBe('bodyEmpty');
    expect(handInProblem('', { name: 'a.pdf', size: 10, type: 'application/pdf' })).toBeNull();
    expect(handInProblem('x'.repeat(20_001), null)).toBe('bodyTooLong');
  });
});

describe('where a learner stands', () => {
  it('follows the latest attempt', () => {
    expect(standing([])).toBe('none');
    expect(standing([submission(1, 'submitted')])).toBe('waiting');
    expect(standing([submission(1, 'revise')])).toBe('revise');
    expect(standing([submission(2, 'passed'), submission(1, 'revise')])).toBe('passed');
    expect(latestSubmission([submission(1, 'revise'), submission(2, 'submitted')])?.id).toBe('s2');
  });

  it('may hand in first and after "revise" only', () => {
    expect(mayHandIn('none')).toBe(true);
    expect(mayHandIn('revise')).toBe(true);
    expect(mayHandIn('waiting')).toBe(false);
    expect(mayHandIn('passed')).toBe(false);
  });

  it('lists the newest attempt first', () => {
    expect(newestFirst([submission(1, 'revise'), submission(2, 'submitted')]).map((s) => s.attempt)).toEqual([2, 1]);
  });
});

describe('the server’s refusals', () => {
  it('names a refused file type and an upload over the limit', () => {
    const wrongType = {
      status: 400,
      error: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        details: [{ field: 'file', messages: ['file must be one of …'] }],
      },
    };
    expect(handInErrorFor(wrongType).key).toBe('assignment.problems.serverWrongType');
    const tooLarge = { status: 413, error: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'x' } };
    expect(handInErrorFor(tooLarge)).toEqual({ key: 'assignment.problems.tooLarge', params: { max: 10 } });
    expect(handInErrorFor({ status: 413, error: 'Request Entity Too Large' }).key).toBe('assignment.problems.tooLarge');
  });

  it('falls back to the general message for other codes', () => {
    const forbidden = { status: 403, error: { statusCode: 403, code: 'FORBIDDEN', message: 'x' } };
    expect(handInErrorFor(forbidden).key).toBe('errors.FORBIDDEN');
  });
});
