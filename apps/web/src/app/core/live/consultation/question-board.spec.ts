import type { Question } from '@klasteris/contracts';

import {
  boardView,
  compareNew,
  compareTop,
  describeChange,
  mergeQuestions,
  type QuestionMap,
  sortQuestions,
  topQuestion,
} from './question-board';

let seq = 0;
function question(overrides: Partial<Question> & { id: string }): Question {
  seq += 1;
  return {
    roomId: 'room',
    seq,
    body: `Question ${overrides.id}`,
    anonymous: false,
    author: { id: 'someone', displayName: 'Someone', organisationName: null },
    votes: 0,
    myVote: false,
    status: 'open',
    pinned: false,
    answer: null,
    hidden: false,
    createdAt: '2026-11-29T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

const empty: QuestionMap = new Map();
const ids = (list: readonly Question[]) => list.map((q) => q.id);

describe('mergeQuestions', () => {
  it('keeps the highest version of each question, whatever order copies arrive in', () => {
    const v1 = question({ id: 'a', votes: 0, version: 1 });
    const v2 = { ...v1, votes: 1, version: 2 };
    const v3 = { ...v1, votes: 2, version: 3 };
    let held = mergeQuestions(empty, [v1], 'snapshot');
    held = mergeQuestions(held, [v3], 'broadcast');
    held = mergeQuestions(held, [v2], 'broadcast');
    expect(held.get('a')?.votes).toBe(2);
    expect(held.get('a')?.version).toBe(3);
  });

  it('returns the same map when nothing changes, so signals stay quiet', () => {
    const v2 = question({ id: 'a', version: 2 });
    const held = mergeQuestions(empty, [v2], 'snapshot');
    expect(mergeQuestions(held, [{ ...v2, version: 1 }], 'broadcast')).toBe(held);
    expect(mergeQuestions(held, [{ ...v2 }], 'broadcast')).toBe(held);
    expect(mergeQuestions(held, [], 'broadcast')).toBe(held);
  });

  it('never takes my vote from a broadcast, which says false for everyone', () => {
    const mine = question({ id: 'a', votes: 1, myVote: true, version: 2 });
    let held = mergeQuestions(empty, [mine], 'ack');
    held = mergeQuestions(held, [{ ...mine, votes: 2, myVote: false, version: 3 }], 'broadcast');
    expect(held.get('a')).toMatchObject({ votes: 2, myVote: true, version: 3 });
    // A question first heard of in a broadcast is not voted by me.
    held = mergeQuestions(held, [question({ id: 'b', myVote: true })], 'broadcast');
    expect(held.get('b')?.myVote).toBe(false);
  });

  it('takes my vote from an acknowledgement even when a newer broadcast came first', () => {
    const base = question({ id: 'a', votes: 0, version: 1 });
    let held = mergeQuestions(empty, [base], 'snapshot');
    // My vote (v2) and someone else's (v3): their broadcast overtakes my acknowledgement.
    held = mergeQuestions(held, [{ ...base, votes: 2, version: 3 }], 'broadcast');
    held = mergeQuestions(held, [{ ...base, votes: 1, myVote: true, version: 2 }], 'ack');
    expect(held.get('a')).toMatchObject({ votes: 2, myVote: true, version: 3 });
    // Unvoting the same way.
    held = mergeQuestions(held, [{ ...base, votes: 1, version: 5 }], 'broadcast');
    held = mergeQuestions(held, [{ ...base, votes: 1, myVote: false, version: 4 }], 'ack');
    expect(held.get('a')).toMatchObject({ votes: 1, myVote: false, version: 5 });
  });

  it('updates my vote from a snapshot of the same or a newer version, not an older one', () => {
    const base = question({ id: 'a', votes: 1, version: 4 });
    let held = mergeQuestions(empty, [base], 'broadcast');
    held = mergeQuestions(held, [{ ...base, myVote: true }], 'snapshot');
    expect(held.get('a')?.myVote).toBe(true);
    held = mergeQuestions(held, [{ ...base, myVote: false, version: 3 }], 'snapshot');
    expect(held.get('a')?.myVote).toBe(true);
  });
});

describe('sorting', () => {
  it('top: open before answered before dismissed; then pinned, most votes, earliest asked', () => {
    const list = [
      question({ id: 'answered-many', seq: 1, status: 'answered', votes: 9 }),
      question({ id: 'open-few-later', seq: 5, votes: 1 }),
      question({ id: 'open-few-earlier', seq: 2, votes: 1 }),
      question({ id: 'pinned-answered', seq: 3, status: 'answered', pinned: true }),
      question({ id: 'open-many', seq: 4, votes: 5 }),
      question({ id: 'pinned-open', seq: 8, votes: 0, pinned: true }),
      question({ id: 'dismissed', seq: 6, status: 'dismissed', votes: 20 }),
    ];
    expect(ids(sortQuestions(list, 'top'))).toEqual([
      'pinned-open',
      'open-many',
      'open-few-earlier',
      'open-few-later',
      'pinned-answered',
      'answered-many',
      'dismissed',
    ]);
  });

  it('top: the same votes are settled by who asked first, so the order is stable', () => {
    const a = question({ id: 'a', seq: 2 });
    const b = question({ id: 'b', seq: 1 });
    expect(compareTop(a, b)).toBeGreaterThan(0);
    expect(ids(sortQuestions([a, b], 'top'))).toEqual(['b', 'a']);
  });

  it('new: open first, newest first, votes and pins aside', () => {
    const list = [
      question({ id: 'old', seq: 1, votes: 10, pinned: true }),
      question({ id: 'newest-answered', seq: 9, status: 'answered' }),
      question({ id: 'new', seq: 5 }),
      question({ id: 'newest-dismissed', seq: 10, status: 'dismissed' }),
    ];
    expect(ids(sortQuestions(list, 'new'))).toEqual(['new', 'old', 'newest-answered', 'newest-dismissed']);
    expect(compareNew(list[0]!, list[2]!)).toBeGreaterThan(0);
  });

  it('re-sorts as votes arrive', () => {
    const first = question({ id: 'first', seq: 1, votes: 1 });
    const second = question({ id: 'second', seq: 2, votes: 1 });
    let held = mergeQuestions(empty, [first, second], 'snapshot');
    expect(ids(sortQuestions(held.values(), 'top'))).toEqual(['first', 'second']);
    held = mergeQuestions(held, [{ ...second, votes: 2, version: 2 }], 'broadcast');
    expect(ids(sortQuestions(held.values(), 'top'))).toEqual(['second', 'first']);
  });

  it('leaves its input alone', () => {
    const list = [question({ id: 'a' }), question({ id: 'b', votes: 3 })];
    sortQuestions(list, 'top');
    expect(ids(list)).toEqual(['a', 'b']);
  });

  it('picks the top open question for the shared screen, pinned first', () => {
    const many = question({ id: 'many', votes: 4 });
    const pinned = question({ id: 'pinned', votes: 0, pinned: true });
    const answeredPinned = question({ id: 'answered', status: 'answered', pinned: true, votes: 99 });
    expect(topQuestion(new Map([many, answeredPinned].map((q) => [q.id, q])))?.id).toBe('many');
    expect(topQuestion(new Map([many, pinned, answeredPinned].map((q) => [q.id, q])))?.id).toBe('pinned');
    expect(topQuestion(empty)).toBeNull();
  });
});

describe('boardView', () => {
  const me = 'me';
  const held = new Map(
    [
      question({ id: 'open', votes: 2 }),
      question({ id: 'answered', status: 'answered', answer: 'Yes' }),
      question({ id: 'their-pending', status: 'pending' }),
      question({ id: 'my-pending', status: 'pending', author: { id: me, displayName: 'Me', organisationName: null } }),
      question({ id: 'my-anonymous-pending', status: 'pending', anonymous: true, author: null }),
      question({ id: 'their-dismissed', status: 'dismissed' }),
      question({
        id: 'my-dismissed',
        status: 'dismissed',
        author: { id: me, displayName: 'Me', organisationName: null },
      }),
    ].map((q) => [q.id, q]),
  );

  it('shows a learner the open and answered ones, and only their own pending and dismissed ones', () => {
    const view = boardView(held, 'top', {
      myUserId: me,
      presenter: false,
      myQuestionIds: new Set(['my-anonymous-pending']),
    });
    expect(ids(view.listed)).toEqual(['open', 'answered', 'my-dismissed']);
    expect(ids(view.pending).sort()).toEqual(['my-anonymous-pending', 'my-pending']);
    expect(view.dismissed).toEqual([]);
  });

  it('shows a presenter every pending question in a queue, and the dismissed ones apart', () => {
    const view = boardView(held, 'top', { myUserId: 'lecturer', presenter: true, myQuestionIds: new Set() });
    expect(ids(view.listed)).toEqual(['open', 'answered']);
    expect(ids(view.pending)).toEqual(['their-pending', 'my-pending', 'my-anonymous-pending']);
    expect(ids(view.dismissed).sort()).toEqual(['my-dismissed', 'their-dismissed']);
  });
});

describe('describeChange', () => {
  it('announces a question that becomes open, asked or approved', () => {
    const asked = question({ id: 'a' });
    expect(describeChange(undefined, asked, false)?.kind).toBe('asked');
    const pending = { ...asked, status: 'pending' as const };
    expect(describeChange(pending, { ...asked, version: 2 }, false)?.kind).toBe('asked');
  });

  it('announces an answer once, and again only when it changes', () => {
    const open = question({ id: 'a' });
    const answered = { ...open, status: 'answered' as const, answer: 'Because.', version: 2 };
    expect(describeChange(open, answered, false)?.kind).toBe('answered');
    expect(describeChange(answered, { ...answered, votes: 3, version: 3 }, false)).toBeNull();
    expect(describeChange(answered, { ...answered, answer: 'Better.', version: 4 }, false)?.kind).toBe('answered');
  });

  it('stays quiet about votes, pins and stale copies', () => {
    const open = question({ id: 'a', version: 3 });
    expect(describeChange(open, { ...open, votes: 1, version: 4 }, false)).toBeNull();
    expect(describeChange(open, { ...open, pinned: true, version: 5 }, false)).toBeNull();
    expect(describeChange(open, { ...open, status: 'answered', answer: 'x', version: 2 }, false)).toBeNull();
  });

  it('tells presenters about questions waiting for approval', () => {
    const pending = question({ id: 'a', status: 'pending' });
    expect(describeChange(undefined, pending, true)?.kind).toBe('awaitingApproval');
    expect(describeChange(undefined, pending, false)).toBeNull();
  });
});
