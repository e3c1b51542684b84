/**
 * The orders of a consultation's questions. In both, questions still to be
 * dealt with (pending, open) come first, then answered ones, then dismissed
 * ones, so the lecturer's queue is always on top:
 * - `top`: pinned first, then most votes, then the earliest asked (fair to who asked first);
 * - `new`: the newest first.
 */
import type { Question, QuestionSort, QuestionStatus } from '@klasteris/contracts';

const STATUS_RANK: Record<QuestionStatus, number> = { pending: 0, open: 0, answered: 1, dismissed: 2 };

type Sortable = Pick<Question, 'status' | 'pinned' | 'votes' | 'seq'>;

export function compareQuestions(sort: QuestionSort, a: Sortable, b: Sortable): number {
  const byStatus = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (byStatus !== 0) return byStatus;
  switch (sort) {
    case 'top':
      return Number(b.pinned) - Number(a.pinned) || b.votes - a.votes || a.seq - b.seq;
    case 'new':
      return b.seq - a.seq;
  }
}

export function sortQuestions<T extends Sortable>(sort: QuestionSort, questions: T[]): T[] {
  return [...questions].sort((a, b) => compareQuestions(sort, a, b));
}
