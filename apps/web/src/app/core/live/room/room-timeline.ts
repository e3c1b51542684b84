/**
 * The pure rules of a live room's message list, kept apart from Angular and
 * sockets so they are unit-tested: messages are kept by `seq` (one per seq,
 * always in order), a seq beyond the next expected one is a gap to fetch,
 * the unread marker sits at the first message from others the person has
 * not read, and sends wait in a pending list until the server stores them.
 */
import type { Message, Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../api/api-error';

// ---------------------------------------------------------------- messages by seq

/**
 * True when `candidate` should replace `existing` (the same seq). A deletion
 * is final; otherwise the later edit wins, and on a tie the newer copy (the
 * one arriving now) does, because reactions change without an edit time.
 */
export function supersedes(candidate: Message, existing: Message): boolean {
  if (existing.deleted && !candidate.deleted) return false;
  if (candidate.deleted && !existing.deleted) return true;
  const candidateEdit = candidate.editedAt === null ? 0 : Date.parse(candidate.editedAt);
  const existingEdit = existing.editedAt === null ? 0 : Date.parse(existing.editedAt);
  return candidateEdit >= existingEdit;
}

/**
 * Merges messages into a list ordered by seq: never two with the same seq,
 * always ascending, whatever order and overlap they arrive in. Returns the
 * same array when nothing changed, so signals do not notify for nothing.
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map<number, Message>();
  for (const message of current) bySeq.set(message.seq, message);
  let changed = false;
  for (const message of incoming) {
    const existing = bySeq.get(message.seq);
    if (existing === undefined || (existing !== message && supersedes(message, existing))) {
      bySeq.set(message.seq, message);
      changed = true;
    }
  }
  if (!changed) return current;
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * Applies an update (edit, deletion, reaction) to a message the list holds;
 * one it does not hold (older than what is loaded) is ignored rather than
 * inserted, which would leave a hole in the loaded range.
 */
export function updateMessage(current: readonly Message[], updated: Message): readonly Message[] {
  const index = current.findIndex((message) => message.seq === updated.seq);
  if (index === -1) return current;
  const existing = current[index];
  if (existing === undefined || !supersedes(updated, existing)) return current;
  const next = [...current];
  next[index] = updated;
  return next;
}

/** Removes a message (hidden by a moderator) but keeps the rest in place. */
export function removeMessage(current: readonly Message[], messageId: Uuid): readonly Message[] {
  const next = current.filter((message) => message.id !== messageId);
  return next.length === current.length ? current : next;
}

/** Keeps only the newest `keep` messages (a bounded window: older ones are paged back in over REST). */
export function keepNewest(current: readonly Message[], keep: number): readonly Message[] {
  return current.length <= keep ? current : current.slice(current.length - keep);
}

// ---------------------------------------------------------------- gaps

/** A range of seqs to fetch: everything after `afterSeq`, up to and including `untilSeq`. */
export interface SeqRange {
  afterSeq: number;
  untilSeq: number;
}

/**
 * Seqs count up by one per room, so a live message whose seq is more than one
 * past everything held (`coveredSeq`) means some were missed in between.
 */
export function findGap(coveredSeq: number, incomingSeq: number): SeqRange | null {
  return incomingSeq > coveredSeq + 1 ? { afterSeq: coveredSeq, untilSeq: incomingSeq - 1 } : null;
}

/**
 * How far the held list is complete after a message arrives in order: the
 * covered seq moves over every consecutive seq now held. (A seq a moderator
 * hid never arrives; the gap fetch then moves past it.)
 */
export function advanceCovered(coveredSeq: number, held: readonly Message[]): number {
  const seqs = new Set(held.map((message) => message.seq));
  let covered = coveredSeq;
  while (seqs.has(covered + 1)) covered += 1;
  return covered;
}

// ---------------------------------------------------------------- unread marker

/**
 * The seq of the first unread message, given how many messages from others
 * the server counts as unread (it skips the person's own, deleted and hidden
 * ones, and so does this). Null when nothing is unread; the oldest loaded
 * message from others when more are unread than are loaded.
 */
export function unreadMarkerSeq(messages: readonly Message[], unreadCount: number, myUserId: Uuid): number | null {
  if (unreadCount <= 0) return null;
  let counted = 0;
  let first: number | null = null;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message === undefined || !countsAsUnread(message, myUserId)) continue;
    first = message.seq;
    counted += 1;
    if (counted === unreadCount) break;
  }
  return first;
}

export function countsAsUnread(message: Message, myUserId: Uuid): boolean {
  return message.author.id !== myUserId && !message.deleted && !message.hidden;
}

// ---------------------------------------------------------------- pending sends

export type PendingState = 'sending' | 'failed';

/** A message the person sent that the server has not confirmed yet. */
export interface PendingMessage {
  /** The idempotency key: resending with it never stores a second message. */
  clientMsgId: string;
  body: string;
  parentId: Uuid | null;
  /** The people it @mentions (group members chosen in the composer). */
  mentions?: readonly Uuid[];
  /** When it was written (ISO), to show and to keep the order of sending. */
  createdAt: string;
  state: PendingState;
  /** Why it failed, translated by the view. */
  error: ErrorMessage | null;
}

export function addPending(
  list: readonly PendingMessage[],
  entry: Omit<PendingMessage, 'state' | 'error'>,
): readonly PendingMessage[] {
  if (list.some((pending) => pending.clientMsgId === entry.clientMsgId)) return list;
  return [...list, { ...entry, state: 'sending', error: null }];
}

/** The server stored it (the acknowledgement came): it now lives in the message list. */
export function settlePending(list: readonly PendingMessage[], clientMsgId: string): readonly PendingMessage[] {
  const next = list.filter((pending) => pending.clientMsgId !== clientMsgId);
  return next.length === list.length ? list : next;
}

/** The server refused it: keep it, with the reason, until the person retries or removes it. */
export function failPending(
  list: readonly PendingMessage[],
  clientMsgId: string,
  error: ErrorMessage,
): readonly PendingMessage[] {
  return list.map((pending) =>
    pending.clientMsgId === clientMsgId ? { ...pending, state: 'failed' as const, error } : pending,
  );
}

/** Back to "sending", with the same clientMsgId, so a retry can never store it twice. */
export function retryPending(list: readonly PendingMessage[], clientMsgId: string): readonly PendingMessage[] {
  return list.map((pending) =>
    pending.clientMsgId === clientMsgId && pending.state === 'failed'
      ? { ...pending, state: 'sending' as const, error: null }
      : pending,
  );
}

/** The next message to (re)send: the oldest still sending, so messages keep the order they were written in. */
export function nextToSend(list: readonly PendingMessage[], inFlight: ReadonlySet<string>): PendingMessage | null {
  return list.find((pending) => pending.state === 'sending' && !inFlight.has(pending.clientMsgId)) ?? null;
}

/** The part of Web Crypto a client message id needs. */
export interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/** A fresh idempotency key. `crypto.randomUUID` needs a secure context; the fallback does not. */
export function newClientMsgId(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------- reactions

/**
 * Which reactions are mine, learnt from my own toggles: the server's message
 * carries counts only, so the count in the acknowledgement, against the count
 * when I pressed, says whether the toggle added my reaction or took it back.
 * When someone else's toggle cancels mine out meanwhile, assume mine flipped.
 */
export function reactionIsMineAfterToggle(
  countWhenPressed: number,
  after: Message,
  emoji: string,
  wasMine: boolean,
): boolean {
  const now = after.reactions[emoji] ?? 0;
  if (now > countWhenPressed) return true;
  if (now < countWhenPressed) return false;
  return !wasMine && now > 0;
}
