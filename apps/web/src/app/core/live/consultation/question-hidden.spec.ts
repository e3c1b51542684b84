import type { Question } from '@klasteris/contracts';

import { applyQuestionHidden, mergeQuestions, type QuestionMap } from './question-board';

function question(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    roomId: 'room',
    seq: 1,
    body: `question ${id}`,
    anonymous: false,
    author: { id: 'other', displayName: 'Tomas', organisationName: null },
    votes: 0,
    myVote: false,
    status: 'open',
    pinned: false,
    answer: null,
    hidden: false,
    createdAt: '2026-03-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('a hidden question', () => {
  const held: QuestionMap = new Map([
    ['a', question('a')],
    ['b', question('b')],
  ]);

  it('leaves a peer’s board', () => {
    const after = applyQuestionHidden(held, 'a', false);
    expect([...after.keys()]).toEqual(['b']);
    expect(applyQuestionHidden(after, 'a', false)).toBe(after);
  });

  it('stays on a moderator’s board, marked hidden', () => {
    const after = applyQuestionHidden(held, 'a', true);
    expect(after.get('a')?.hidden).toBe(true);
    expect(applyQuestionHidden(after, 'a', true)).toBe(after);
  });

  it('comes back to peers when restored (a newer version is broadcast)', () => {
    const gone = applyQuestionHidden(held, 'a', false);
    const back = mergeQuestions(gone, [question('a', { version: 2 })], 'broadcast');
    expect(back.get('a')?.hidden).toBe(false);
  });
});
