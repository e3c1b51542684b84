/**
 * Threads and pins, as pure functions over the room's messages: in a
 * threaded room the main timeline shows only the first message of each
 * thread (replies live in the thread panel, and the root shows the server's
 * reply count, never one counted here); a thread's replies are those fetched
 * for it over REST merged with those held live; the pins panel follows every
 * change of a message's `pinned` flag.
 */
import type { Message, Uuid } from '@klasteris/contracts';

import { mergeMessages, type PendingMessage, supersedes } from './room-timeline';

/** The messages of the main timeline: those that start a thread (or stand alone). */
export function timelineRoots(messages: readonly Message[]): readonly Message[] {
  return messages.every((message) => message.parentId === null)
    ? messages
    : messages.filter((message) => message.parentId === null);
}

/** The replies to `rootId`: fetched over REST and held live, one per seq, oldest first. */
export function threadReplies(
  fetched: readonly Message[],
  held: readonly Message[],
  rootId: Uuid | null,
): readonly Message[] {
  if (rootId === null) return [];
  const live = held.filter((message) => message.parentId === rootId);
  return mergeMessages(
    fetched.filter((message) => message.parentId === rootId),
    live,
  );
}

/** My unconfirmed sends that belong in a view: the main timeline (`null`) or one thread. */
export function pendingIn(pending: readonly PendingMessage[], rootId: Uuid | null): readonly PendingMessage[] {
  return pending.filter((entry) => entry.parentId === rootId);
}

/**
 * Where the "new messages" line goes in a timeline that shows only some
 * messages: before the first shown one at or after the first unread seq.
 */
export function markerInTimeline(shown: readonly Message[], markerSeq: number | null): number | null {
  if (markerSeq === null) return null;
  return shown.find((message) => message.seq >= markerSeq)?.seq ?? null;
}

/**
 * The pinned messages after a message changed: added when it became pinned,
 * replaced when a pinned one changed, dropped when unpinned or deleted.
 * Newest first. Returns the same list when nothing changed.
 */
export function applyPinChange(pins: readonly Message[], changed: Message): readonly Message[] {
  const index = pins.findIndex((message) => message.id === changed.id);
  const keep = changed.pinned && !changed.deleted && !changed.hidden;
  if (index === -1) {
    if (!keep) return pins;
    return [...pins, changed].sort((a, b) => b.seq - a.seq);
  }
  if (!keep) return pins.filter((message) => message.id !== changed.id);
  const existing = pins[index];
  if (existing === undefined || existing === changed || !supersedes(changed, existing)) return pins;
  const next = [...pins];
  next[index] = changed;
  return next;
}
