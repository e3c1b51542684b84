import { officeHoursRefusals } from './refusals';

const refusal = (fields: string[], code = 'VALIDATION_FAILED') => ({
  status: 400,
  error: { statusCode: 400, code, message: 'x', details: fields.map((field) => ({ field, messages: ['bad'] })) },
});

describe('the office hours the server refused', () => {
  it('names the settings and the rows, whichever way the path is written', () => {
    const refused = officeHoursRefusals(refusal(['slotMinutes', 'weekly.2.end', 'exceptions[0].date', 'weekly']));
    expect([...refused.fields].sort()).toEqual(['exceptions', 'slotMinutes', 'weekly']);
    expect([...refused.weekly]).toEqual([2]);
    expect([...refused.exceptions]).toEqual([0]);
  });

  it('ignores other errors', () => {
    expect(officeHoursRefusals(refusal(['timeZone'], 'FORBIDDEN')).fields.size).toBe(0);
    expect(officeHoursRefusals(new Error('boom')).fields.size).toBe(0);
    expect(officeHoursRefusals(null).fields.size).toBe(0);
  });
});
