import type { Message } from '@klasteris/contracts';

import { message, seqs } from './message-fixture';
import {
  addPending,
  advanceCovered,
  failPending,
  findGap,
  keepNewest,
  mergeMessages,
  newClientMsgId,
  nextToSend,
  type PendingMessage,
  reactionIsMineAfterToggle,
  removeMessage,
  retryPending,
  settlePending,
  unreadMarkerSeq,
  updateMessage,
} from './room-timeline';

const ME = 'me';

const mine = (seq: number, overrides: Partial<Message> = {}) =>
  message(seq, { author: { id: ME, displayName: 'Rasa', organisationName: 'Utena' }, ...overrides });

describe('merging messages by seq', () => {
  it('keeps one message per seq, in order, whatever order and overlap they arrive in', () => {
    const joined = [message(3), message(4), message(5)];
    const live = [message(7), message(6)];
    const resync = [message(4), message(5), message(6), message(7), message(8)];
    const merged = mergeMessages(mergeMessages(joined, live), resync);
    expect(seqs(merged)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(seqs(mergeMessages(merged, [message(1), message(2)]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns the same list when nothing is new, so nothing re-renders', () => {
    const list = [message(1), message(2)];
    expect(mergeMessages(list, [])).toBe(list);
    expect(mergeMessages(list, [message(2)])).not.toBe(list); // an equal copy still replaces (reactions may differ)
    expect(mergeMessages(list, [list[1]!])).toBe(list);
  });

  it('lets a later edit and a deletion win, and never brings a deleted message back', () => {
    const edited = message(2, { body: 'edited', editedAt: '2026-03-01T10:05:00.000Z' });
    const deleted = message(2, { body: '', deleted: true, editedAt: '2026-03-01T10:05:00.000Z' });
    let list = mergeMessages([message(1), message(2)], [edited]);
    expect(list[1]?.body).toBe('edited');
    // An older copy (a REST page fetched before the edit) does not undo it.
    list = mergeMessages(list, [message(2)]);
    expect(list[1]?.body).toBe('edited');
    list = mergeMessages(list, [deleted]);
    expect(list[1]?.deleted).toBe(true);
    list = mergeMessages(list, [edited]);
    expect(list[1]?.deleted).toBe(true);
  });

  it('applies updates only to messages it holds, and removes hidden ones in place', () => {
    const list = [message(5), message(6)];
    expect(updateMessage(list, message(2, { body: 'old, not loaded' }))).toBe(list);
    const reacted = updateMessage(list, message(6, { reactions: { '👍': 2 } }));
    expect(reacted[1]?.reactions).toEqual({ '👍': 2 });
    expect(seqs(removeMessage(reacted, 'm5'))).toEqual([6]);
    expect(removeMessage(reacted, 'nope')).toBe(reacted);
  });

  it('keeps a bounded window of the newest messages', () => {
    const list = [1, 2, 3, 4, 5].map((seq) => message(seq));
    expect(seqs(keepNewest(list, 2))).toEqual([4, 5]);
    expect(keepNewest(list, 10)).toBe(list);
  });
});

describe('gap detection', () => {
  it('sees no gap for the next seq or for one already held', () => {
    expect(findGap(10, 11)).toBeNull();
    expect(findGap(10, 9)).toBeNull();
    expect(findGap(10, 10)).toBeNull();
  });

  it('names the missing range when a seq skips ahead', () => {
    expect(findGap(10, 12)).toEqual({ afterSeq: 10, untilSeq: 11 });
    expect(findGap(0, 5)).toEqual({ afterSeq: 0, untilSeq: 4 });
  });

  it('moves the covered seq over consecutive held messages only', () => {
    const held = [message(10), message(11), message(12), message(14)];
    expect(advanceCovered(10, held)).toBe(12);
    expect(advanceCovered(12, held)).toBe(12);
    expect(advanceCovered(13, held)).toBe(14);
  });
});

describe('pending sends', () => {
  const entry = (clientMsgId: string) => ({
    clientMsgId,
    body: `text ${clientMsgId}`,
    parentId: null,
    createdAt: '2026-03-01T10:00:00.000Z',
  });

  it('shows a send at once as sending, once per clientMsgId', () => {
    let list: readonly PendingMessage[] = [];
    list = addPending(list, entry('a'));
    list = addPending(list, entry('a'));
    expect(list).toEqual([{ ...entry('a'), state: 'sending', error: null }]);
  });

  it('resends the oldest sending one first, skipping those in flight and those that failed', () => {
    let list: readonly PendingMessage[] = [];
    for (const id of ['a', 'b', 'c']) list = addPending(list, entry(id));
    list = failPending(list, 'a', { key: 'errors.ROOM_LOCKED' });
    expect(nextToSend(list, new Set())?.clientMsgId).toBe('b');
    expect(nextToSend(list, new Set(['b']))?.clientMsgId).toBe('c');
    expect(nextToSend(list, new Set(['b', 'c']))).toBeNull();
  });

  it('keeps a refused send with its reason until retried with the same clientMsgId, or settled', () => {
    let list = addPending([], entry('a'));
    list = failPending(list, 'a', { key: 'errors.RATE_LIMITED_SECONDS', params: { seconds: 2 } });
    expect(list[0]).toMatchObject({ state: 'failed', error: { key: 'errors.RATE_LIMITED_SECONDS' } });
    list = retryPending(list, 'a');
    expect(list[0]).toMatchObject({ clientMsgId: 'a', state: 'sending', error: null });
    expect(nextToSend(list, new Set())?.clientMsgId).toBe('a');
    list = settlePending(list, 'a');
    expect(list).toEqual([]);
    expect(settlePending(list, 'a')).toBe(list);
  });

  it('makes client message ids that do not repeat, with or without randomUUID', () => {
    expect(newClientMsgId()).not.toBe(newClientMsgId());
    const noUuid = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    expect(newClientMsgId(noUuid)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('unread marker', () => {
  const list = [message(1), mine(2), message(3), message(4, { deleted: true, body: '' }), mine(5), message(6)];

  it('sits at the first unread message from others, skipping mine and deleted ones as the server does', () => {
    expect(unreadMarkerSeq(list, 1, ME)).toBe(6);
    expect(unreadMarkerSeq(list, 2, ME)).toBe(3);
    expect(unreadMarkerSeq(list, 3, ME)).toBe(1);
  });

  it('is absent with nothing unread, and at the oldest loaded when more are unread than loaded', () => {
    expect(unreadMarkerSeq(list, 0, ME)).toBeNull();
    expect(unreadMarkerSeq(list, 40, ME)).toBe(1);
    expect(unreadMarkerSeq([mine(1)], 2, ME)).toBeNull();
  });
});

describe('reactions and replies', () => {
  it('learns whether a toggle added or took back my reaction from the count', () => {
    expect(reactionIsMineAfterToggle(0, message(1, { reactions: { '👍': 1 } }), '👍', false)).toBe(true);
    expect(reactionIsMineAfterToggle(2, message(1, { reactions: { '👍': 1 } }), '👍', true)).toBe(false);
    expect(reactionIsMineAfterToggle(1, message(1, { reactions: {} }), '👍', false)).toBe(false);
    // Someone else's toggle cancelled mine out: assume mine flipped.
    expect(reactionIsMineAfterToggle(1, message(1, { reactions: { '👍': 1 } }), '👍', false)).toBe(true);
    expect(reactionIsMineAfterToggle(1, message(1, { reactions: { '👍': 1 } }), '👍', true)).toBe(false);
  });
});
