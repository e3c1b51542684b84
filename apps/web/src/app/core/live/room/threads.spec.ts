import type { Message } from '@klasteris/contracts';

import { message, seqs } from './message-fixture';
import type { PendingMessage } from './room-timeline';
import { applyPinChange, markerInTimeline, pendingIn, threadReplies, timelineRoots } from './threads';

describe('thread grouping', () => {
  const list = [
    message(1, { replyCount: 2 }),
    message(2, { parentId: 'm1' }),
    message(3),
    message(4, { parentId: 'm1' }),
    message(5, { parentId: 'm3' }),
  ];

  it('shows only the messages that start a thread in the main timeline', () => {
    expect(seqs(timelineRoots(list))).toEqual([1, 3]);
    const flat = [message(1), message(2)];
    expect(timelineRoots(flat)).toBe(flat);
  });

  it("merges a thread's fetched replies with those held live, once each and in order", () => {
    const fetched = [message(2, { parentId: 'm1' }), message(4, { parentId: 'm1' })];
    const live = [...list, message(6, { parentId: 'm1' })];
    expect(seqs(threadReplies(fetched, live, 'm1'))).toEqual([2, 4, 6]);
    expect(seqs(threadReplies([], list, 'm3'))).toEqual([5]);
    expect(threadReplies(fetched, list, null)).toEqual([]);
  });

  it('keeps my unconfirmed sends where they belong', () => {
    const pending: PendingMessage[] = [
      { clientMsgId: 'a', body: 'main', parentId: null, createdAt: '', state: 'sending', error: null },
      { clientMsgId: 'b', body: 'thread', parentId: 'm1', createdAt: '', state: 'sending', error: null },
    ];
    expect(pendingIn(pending, null).map((p) => p.clientMsgId)).toEqual(['a']);
    expect(pendingIn(pending, 'm1').map((p) => p.clientMsgId)).toEqual(['b']);
  });

  it('puts the new-messages line before the first shown message at or after the first unread', () => {
    const shown = timelineRoots(list);
    expect(markerInTimeline(shown, 2)).toBe(3);
    expect(markerInTimeline(shown, 1)).toBe(1);
    expect(markerInTimeline(shown, 4)).toBeNull();
    expect(markerInTimeline(shown, null)).toBeNull();
  });
});

describe('pins', () => {
  it('adds a message when pinned, newest first, and drops it when unpinned or deleted', () => {
    let pins: readonly Message[] = [];
    pins = applyPinChange(pins, message(3, { pinned: true }));
    pins = applyPinChange(pins, message(7, { pinned: true }));
    expect(seqs(pins)).toEqual([7, 3]);
    const unchanged = applyPinChange(pins, message(5));
    expect(unchanged).toBe(pins);
    pins = applyPinChange(pins, message(3, { pinned: true, body: 'edited', editedAt: '2026-03-01T11:00:00.000Z' }));
    expect(pins.find((m) => m.seq === 3)?.body).toBe('edited');
    pins = applyPinChange(pins, message(7, { pinned: false }));
    expect(seqs(pins)).toEqual([3]);
    pins = applyPinChange(pins, message(3, { pinned: true, deleted: true, editedAt: '2026-03-01T12:00:00.000Z' }));
    expect(pins).toEqual([]);
  });
});
