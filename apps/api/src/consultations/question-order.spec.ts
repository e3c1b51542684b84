import type { QuestionStatus } from '@klasteris/contracts';

import { sortQuestions } from './question-order';

const q = (seq: number, votes: number, status: QuestionStatus = 'open', pinned = false) => ({
  seq,
  votes,
  status,
  pinned,
});

describe('the order of questions', () => {
  const questions = [
    q(1, 5, 'answered'),
    q(2, 1),
    q(3, 7, 'dismissed'),
    q(4, 3),
    q(5, 0, 'open', true),
    q(6, 3),
    q(7, 9, 'answered', true),
    q(8, 2, 'pending'),
  ];

  it('top: open ones first (pinned, then most votes, then the earliest), then answered, then dismissed', () => {
    expect(sortQuestions('top', questions).map((question) => question.seq)).toEqual([5, 4, 6, 8, 2, 7, 1, 3]);
  });

  it('new: open ones newest first, then answered newest first, then dismissed', () => {
    expect(sortQuestions('new', questions).map((question) => question.seq)).toEqual([8, 6, 5, 4, 2, 7, 1, 3]);
  });

  it('leaves the given list as it was', () => {
    const before = questions.map((question) => question.seq);
    sortQuestions('top', questions);
    expect(questions.map((question) => question.seq)).toEqual(before);
  });
});
