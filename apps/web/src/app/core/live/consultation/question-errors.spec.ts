import { questionErrorFor } from './question-errors';

describe('questionErrorFor', () => {
  it('names what was refused where the generic message would be vague', () => {
    expect(questionErrorFor('ask', 'VALIDATION_FAILED').key).toBe('consultations.errors.askInvalid');
    expect(questionErrorFor('answer', 'VALIDATION_FAILED').key).toBe('consultations.errors.answerInvalid');
    expect(questionErrorFor('ask', 'FORBIDDEN').key).toBe('consultations.errors.askForbidden');
    expect(questionErrorFor('vote', 'FORBIDDEN').key).toBe('consultations.errors.voteForbidden');
    expect(questionErrorFor('update', 'FORBIDDEN').key).toBe('consultations.errors.presentersOnly');
    expect(questionErrorFor('ask', 'CONFLICT').key).toBe('consultations.errors.askClosed');
    expect(questionErrorFor('vote', 'CONFLICT').key).toBe('consultations.errors.changed');
    expect(questionErrorFor('vote', 'ROOM_LOCKED').key).toBe('consultations.errors.locked');
    expect(questionErrorFor('update', 'NOT_FOUND').key).toBe('consultations.errors.questionGone');
  });

  it('falls back to the message for the code, with the wait when rate limited', () => {
    expect(questionErrorFor('ask', 'MUTED').key).toBe('errors.MUTED');
    expect(questionErrorFor('vote', 'VALIDATION_FAILED').key).toBe('errors.VALIDATION_FAILED');
    expect(questionErrorFor('ask', 'RATE_LIMITED', 2.2)).toEqual({
      key: 'errors.RATE_LIMITED_SECONDS',
      params: { seconds: 3 },
    });
    expect(questionErrorFor('ask', 'RATE_LIMITED').key).toBe('errors.RATE_LIMITED');
  });
});
