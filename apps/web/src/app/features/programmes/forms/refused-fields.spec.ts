import { refusedFields } from './refused-fields';

const FIELDS = ['title', 'instructions', 'dueAt'] as const;

function refusal(code: string, fields: string[]): unknown {
  return {
    status: 400,
    error: { statusCode: 400, code, message: 'x', details: fields.map((field) => ({ field, messages: ['bad'] })) },
  };
}

describe('the fields the server refused', () => {
  it('names the form’s own fields, nested names counting for their field, in the form’s order', () => {
    expect(refusedFields(refusal('VALIDATION_FAILED', ['dueAt', 'title.lt']), FIELDS)).toEqual(['title', 'dueAt']);
    expect(refusedFields(refusal('VALIDATION_FAILED', ['instructions']), FIELDS)).toEqual(['instructions']);
  });

  it('ignores fields the form does not have, other codes and other errors', () => {
    expect(refusedFields(refusal('VALIDATION_FAILED', ['cursor']), FIELDS)).toEqual([]);
    expect(refusedFields(refusal('FORBIDDEN', ['title']), FIELDS)).toEqual([]);
    expect(refusedFields({ status: 0, error: null }, FIELDS)).toEqual([]);
    expect(refusedFields(new Error('boom'), FIELDS)).toEqual([]);
    expect(refusedFields(null, FIELDS)).toEqual([]);
  });
});
