import { message, seqs } from './message-fixture';
import {
  activeMute,
  applyChange,
  applyHidden,
  bannedMe,
  canModerate,
  isModerationRefusal,
  muteRemainingMs,
  refusalOutcome,
  type Viewer,
  visibleTo,
} from './moderation-effects';

const ME = 'me';
const member: Viewer = { userId: ME, moderator: false };
const moderator: Viewer = { userId: 'mod', moderator: true };

describe('a hidden message', () => {
  const list = [message(1), message(2), message(3)];

  it('leaves a member’s list at once', () => {
    expect(seqs(applyHidden(list, 'm2', member))).toEqual([1, 3]);
    expect(applyHidden(list, 'unknown', member)).toBe(list);
  });

  it('stays for a moderator, marked hidden, in its place', () => {
    const after = applyHidden(list, 'm2', moderator);
    expect(seqs(after)).toEqual([1, 2, 3]);
    expect(after[1]?.hidden).toBe(true);
    // Twice changes nothing more.
    expect(applyHidden(after, 'm2', moderator)).toBe(after);
  });

  it('is seen by moderators and, while the word filter holds it, by its author only', () => {
    const held = message(4, {
      hidden: true,
      held: true,
      author: { id: ME, displayName: 'Rasa', organisationName: null },
    });
    expect(visibleTo(held, member)).toBe(true);
    expect(visibleTo(held, { userId: 'someone', moderator: false })).toBe(false);
    expect(visibleTo(held, moderator)).toBe(true);
    const hiddenByModerator = message(5, { hidden: true, hiddenBy: { id: 'mod', displayName: 'Mantas' } });
    expect(visibleTo(hiddenByModerator, member)).toBe(false);
  });

  it('that reaches a member in an update is dropped rather than shown', () => {
    const hidden = message(2, { hidden: true });
    expect(seqs(applyChange(list, hidden, member))).toEqual([1, 3]);
    expect(applyChange(list, hidden, moderator)[1]?.hidden).toBe(true);
  });
});

describe('a restored message', () => {
  it('comes back in seq order when the list does not hold it', () => {
    const list = [message(1), message(3), message(4)];
    const restored = applyChange(list, message(2), member);
    expect(seqs(restored)).toEqual([1, 2, 3, 4]);
    expect(seqs(applyChange([message(1)], message(5), member))).toEqual([1, 5]);
    expect(seqs(applyChange([], message(5), member))).toEqual([5]);
  });

  it('replaces the greyed copy a moderator holds', () => {
    const list = [message(1), message(2, { hidden: true, hiddenBy: { id: 'mod', displayName: 'Mantas' } })];
    const restored = applyChange(list, message(2), moderator);
    expect(restored[1]).toMatchObject({ seq: 2, hidden: false, hiddenBy: null });
  });

  it('older than the loaded window is left to paging, so the window keeps no holes', () => {
    const list = [message(10), message(11)];
    expect(applyChange(list, message(4), member)).toBe(list);
  });

  it('is never brought back once deleted', () => {
    const list = [message(1), message(2, { deleted: true, body: '' })];
    expect(applyChange(list, message(2), member)[1]?.deleted).toBe(true);
    expect(applyChange([message(1)], message(3, { deleted: true }), member)).toEqual([message(1)]);
  });
});

describe('mutes and bans', () => {
  const now = Date.parse('2026-03-01T10:00:00.000Z');

  it('keeps a mute until its time, then lifts it', () => {
    const until = '2026-03-01T10:10:00.000Z';
    expect(activeMute(until, now)).toBe(until);
    expect(muteRemainingMs(until, now)).toBe(10 * 60 * 1000);
    expect(activeMute(until, Date.parse(until))).toBeNull();
    expect(muteRemainingMs(until, Date.parse(until) + 1)).toBe(0);
    // `member:muted` with a time past lifts a mute; nonsense is no mute.
    expect(activeMute('2026-03-01T09:00:00.000Z', now)).toBeNull();
    expect(activeMute('soon', now)).toBeNull();
    expect(activeMute(null, now)).toBeNull();
  });

  it('takes a ban as mine only when it names me in this room', () => {
    expect(bannedMe({ roomId: 'room', userId: ME }, 'room', ME)).toBe(true);
    expect(bannedMe({ roomId: 'room', userId: 'other' }, 'room', ME)).toBe(false);
    expect(bannedMe({ roomId: 'elsewhere', userId: ME }, 'room', ME)).toBe(false);
    expect(bannedMe({ roomId: 'room', userId: ME }, null, ME)).toBe(false);
  });

  it('knows who moderates', () => {
    expect(canModerate('moderator')).toBe(true);
    expect(canModerate('admin')).toBe(true);
    expect(canModerate('lecturer')).toBe(false);
    expect(canModerate(undefined)).toBe(false);
  });
});

describe('a send refused by a moderation rule', () => {
  const now = Date.parse('2026-03-01T10:00:00.000Z');

  it('is told apart from other refusals', () => {
    for (const code of ['MUTED', 'SLOW_MODE', 'ROOM_LOCKED', 'BANNED', 'VALIDATION_FAILED'] as const) {
      expect(isModerationRefusal(code)).toBe(true);
    }
    expect(isModerationRefusal('RATE_LIMITED')).toBe(false);
    expect(isModerationRefusal('INTERNAL')).toBe(false);
  });

  it('says how long a mute lasts and mutes the composer until then', () => {
    expect(refusalOutcome('MUTED', 600, now)).toEqual({
      message: { key: 'room.refusal.mutedFor', params: { minutes: 10 } },
      mutedUntil: '2026-03-01T10:10:00.000Z',
    });
    expect(refusalOutcome('MUTED', 61, now).message.params).toEqual({ minutes: 2 });
    expect(refusalOutcome('MUTED', undefined, now)).toEqual({ message: { key: 'room.refusal.muted' } });
  });

  it('says when slow mode lets the next message through', () => {
    expect(refusalOutcome('SLOW_MODE', 7.2, now)).toEqual({
      message: { key: 'room.refusal.slowModeFor', params: { seconds: 8 } },
      slowUntil: '2026-03-01T10:00:08.000Z',
    });
  });

  it('locks the room, removes me, or asks for other words', () => {
    expect(refusalOutcome('ROOM_LOCKED', undefined, now)).toEqual({
      message: { key: 'room.refusal.locked' },
      locked: true,
    });
    expect(refusalOutcome('BANNED', undefined, now)).toEqual({
      message: { key: 'room.refusal.banned' },
      removed: true,
    });
    expect(refusalOutcome('VALIDATION_FAILED', undefined, now)).toEqual({
      message: { key: 'room.refusal.refusedWords' },
    });
  });
});
