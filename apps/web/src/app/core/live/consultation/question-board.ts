/**
 * The pure rules of a consultation's questions, apart from Angular and
 * sockets so they are unit-tested:
 * - merging: questions are kept by id, and a copy replaces the held one only
 *   when its `version` is at least as high (broadcasts of concurrent changes
 *   may arrive out of order). Broadcasts carry `myVote: false` for everyone,
 *   so only my own sources (acknowledgements, the join, a REST page) may say
 *   whether I voted;
 * - sorting, the same as the API (apps/api/src/consultations/question-order.ts):
 *   questions still to be dealt with come first, then answered, then
 *   dismissed ones; within those `top` = pinned first, then most votes,
 *   then the earliest asked, and `new` = the newest first;
 * - who sees what: learners see open and answered questions and their own
 *   pending (or dismissed) ones; presenters see everything, pending ones in
 *   a queue of their own.
 */
import type { Question, QuestionSort, QuestionStatus, Uuid } from '@klasteris/contracts';

/**
 * Where a copy of a question comes from.
 * - `ack`: the answer to my own action; its `myVote` is my vote after that
 *   action, even when a newer broadcast (someone else's vote) came first.
 * - `snapshot`: my join or a REST page; its `myVote` is mine as of its version.
 * - `broadcast`: a room event; its `myVote` says nothing about me.
 */
export type QuestionSource = 'ack' | 'snapshot' | 'broadcast';

/** The questions held, by id. Treated as immutable: a change is a new map. */
export type QuestionMap = ReadonlyMap<Uuid, Question>;

/**
 * Merges copies into the held questions, keeping the highest version of each
 * and my own vote. Returns the same map when nothing changed, so signals do
 * not notify for nothing.
 */
export function mergeQuestions(
  current: QuestionMap,
  incoming: readonly Question[],
  source: QuestionSource,
): QuestionMap {
  let next: Map<Uuid, Question> | null = null;
  for (const question of incoming) {
    const held = (next ?? current).get(question.id);
    const merged = mergeOne(held, question, source);
    if (merged === held) continue;
    next ??= new Map(current);
    next.set(question.id, merged);
  }
  return next ?? current;
}

function mergeOne(held: Question | undefined, incoming: Question, source: QuestionSource): Question {
  if (held === undefined) return source === 'broadcast' ? withMyVote(incoming, false) : incoming;
  if (incoming.version < held.version) {
    // Older than what is held: only an acknowledgement still says something new (my vote).
    return source === 'ack' ? withMyVote(held, incoming.myVote) : held;
  }
  const myVote = source === 'broadcast' ? held.myVote : incoming.myVote;
  if (incoming.version === held.version && myVote === held.myVote) return held;
  return withMyVote(incoming, myVote);
}

function withMyVote(question: Question, myVote: boolean): Question {
  return question.myVote === myVote ? question : { ...question, myVote };
}

// ---------------------------------------------------------------- sorting

/** Still to be dealt with (pending, open) first, then answered, then dismissed: as the API orders them. */
const STATUS_RANK: Readonly<Record<QuestionStatus, number>> = { pending: 0, open: 0, answered: 1, dismissed: 2 };

/** Open before answered before dismissed; then pinned first, most votes, and the earliest asked (lowest seq). */
export function compareTop(a: Question, b: Question): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    Number(b.pinned) - Number(a.pinned) ||
    b.votes - a.votes ||
    a.seq - b.seq ||
    a.id.localeCompare(b.id)
  );
}

/** Open before answered before dismissed; then the newest first (highest seq). */
export function compareNew(a: Question, b: Question): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.seq - a.seq || a.id.localeCompare(b.id);
}

/** Oldest first. */
function byAge(a: Question, b: Question): number {
  return a.seq - b.seq || a.id.localeCompare(b.id);
}

/** A sorted copy; the input is left as it is. */
export function sortQuestions(questions: Iterable<Question>, sort: QuestionSort): Question[] {
  return [...questions].sort(sort === 'top' ? compareTop : compareNew);
}

// ---------------------------------------------------------------- who sees what

export interface BoardView {
  /** The list everyone sees, in the chosen order: open and answered (and, for presenters, dismissed last). */
  listed: Question[];
  /** Waiting for a presenter's approval: all of them for a presenter, my own for anyone else. Oldest first. */
  pending: Question[];
  /** For presenters: dismissed questions, newest first. Empty for others (they never see them listed). */
  dismissed: Question[];
}

/**
 * Splits the held questions for one viewer. A learner's own dismissed
 * question stays listed (they should know it was not taken up); others'
 * dismissed questions are not shown to learners at all.
 */
export function boardView(
  questions: QuestionMap,
  sort: QuestionSort,
  viewer: { myUserId: Uuid | null; presenter: boolean; myQuestionIds: ReadonlySet<Uuid> },
): BoardView {
  const listed: Question[] = [];
  const pending: Question[] = [];
  const dismissed: Question[] = [];
  for (const question of questions.values()) {
    const mine = isMine(question, viewer.myUserId, viewer.myQuestionIds);
    switch (question.status) {
      case 'pending':
        if (viewer.presenter || mine) pending.push(question);
        break;
      case 'dismissed':
        if (viewer.presenter) dismissed.push(question);
        else if (mine) listed.push(question);
        break;
      case 'open':
      case 'answered':
        listed.push(question);
        break;
    }
  }
  return {
    listed: sortQuestions(listed, sort),
    pending: pending.sort(byAge),
    dismissed: dismissed.sort((a, b) => byAge(b, a)),
  };
}

/** Mine: I am its author, or I asked it here (an anonymous question's author is hidden even from me in broadcasts). */
export function isMine(question: Question, myUserId: Uuid | null, myQuestionIds: ReadonlySet<Uuid>): boolean {
  return myQuestionIds.has(question.id) || (myUserId !== null && question.author?.id === myUserId);
}

/** The question for the shared screen: the first open one in the `top` order (pinned ones come first). */
export function topQuestion(questions: QuestionMap): Question | null {
  let best: Question | null = null;
  for (const question of questions.values()) {
    if (question.status !== 'open') continue;
    if (best === null || compareTop(question, best) < 0) best = question;
  }
  return best;
}

// ---------------------------------------------------------------- what changed, for screen readers

export type QuestionChange =
  | { kind: 'asked'; question: Question }
  | { kind: 'answered'; question: Question }
  | { kind: 'awaitingApproval'; question: Question };

/**
 * What a screen-reader user should hear about a change: a question that
 * became visible as open (asked, or approved), one that got its answer, and,
 * for presenters, one that waits for approval. Nothing for votes and pins,
 * which would drown everything else.
 */
export function describeChange(
  before: Question | undefined,
  after: Question,
  presenter: boolean,
): QuestionChange | null {
  if (before !== undefined && after.version < before.version) return null;
  const wasStatus = before?.status;
  if (after.status === 'open' && wasStatus !== 'open' && wasStatus !== 'answered')
    return { kind: 'asked', question: after };
  if (
    after.status === 'answered' &&
    after.answer !== null &&
    (wasStatus !== 'answered' || before?.answer !== after.answer)
  )
    return { kind: 'answered', question: after };
  if (presenter && after.status === 'pending' && before === undefined)
    return { kind: 'awaitingApproval', question: after };
  return null;
}

// ---------------------------------------------------------------- moderation

/** `question:hidden`: peers drop the question; moderators keep it, marked hidden. */
export function applyQuestionHidden(current: QuestionMap, questionId: Uuid, moderator: boolean): QuestionMap {
  const held = current.get(questionId);
  if (held === undefined || (moderator && held.hidden)) return current;
  const next = new Map(current);
  if (moderator) next.set(questionId, { ...held, hidden: true });
  else next.delete(questionId);
  return next;
}
