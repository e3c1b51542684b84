import type { GroupChannel, GroupDetail, GroupSummary, RoomActivity } from '@klasteris/contracts';

import { EMPTY_BOOK, isUnknownGroup, withActivity, withDetail, withRead, withSummaries } from './group-unread';

function summary(id: string, unread: number): GroupSummary {
  return {
    id,
    name: id,
    description: '',
    defaultRoomId: `${id}-general`,
    organisations: [],
    memberCount: 2,
    unread,
    myRole: 'member',
    lastActivityAt: '2026-03-01T10:00:00.000Z',
  };
}

function channel(id: string, groupId: string, unread: number, lastSeq: number): GroupChannel {
  return {
    id,
    kind: 'channel',
    name: id,
    locked: false,
    slowModeSeconds: 0,
    lastSeq,
    groupId,
    isDefault: false,
    unread,
  };
}

function detail(id: string, channels: GroupChannel[]): GroupDetail {
  return { ...summary(id, 0), channels, members: [], canManage: false };
}

const activity = (roomId: string, lastSeq: number, authorId = 'other', groupId: string | null = 'g1'): RoomActivity => ({
  roomId,
  groupId,
  lastSeq,
  authorId,
});

describe('unread bookkeeping for groups', () => {
  const book = withDetail(withSummaries(EMPTY_BOOK, [summary('g1', 9), summary('g2', 1)]), detail('g1', [
    channel('general', 'g1', 2, 10),
    channel('policy', 'g1', 1, 4),
  ]));

  it("takes the server's figures: the list's totals, and a detail's channels summed", () => {
    expect(book.groups.get('g1')).toBe(3);
    expect(book.groups.get('g2')).toBe(1);
    expect(book.channels.get('general')?.unread).toBe(2);
  });

  it('adds one for each message from someone else in a channel I am not looking at', () => {
    const next = withActivity(book, activity('policy', 5), 'me', 'general');
    expect(next.channels.get('policy')).toEqual({ groupId: 'g1', unread: 2, lastSeq: 5 });
    expect(next.groups.get('g1')).toBe(4);
    // The same activity again (or an older one) is not counted twice.
    expect(withActivity(next, activity('policy', 5), 'me', 'general')).toBe(next);
  });

  it('does not count my own messages or the channel I am looking at, but remembers the seq', () => {
    const mine = withActivity(book, activity('policy', 5, 'me'), 'me', null);
    expect(mine.groups.get('g1')).toBe(3);
    expect(mine.channels.get('policy')?.lastSeq).toBe(5);
    const looking = withActivity(book, activity('general', 11), 'me', 'general');
    expect(looking.groups.get('g1')).toBe(3);
    expect(looking.channels.get('general')?.unread).toBe(2);
  });

  it('counts a group whose channels it does not know yet, and ignores rooms outside groups', () => {
    const next = withActivity(book, activity('g2-general', 3, 'other', 'g2'), 'me', null);
    expect(next.groups.get('g2')).toBe(2);
    expect(withActivity(book, activity('consultation', 3, 'other', null), 'me', null)).toBe(book);
  });

  it("sets the server's figure after a read and moves the group's total by the difference", () => {
    const { book: read, known } = withRead(book, 'general', 0, 10);
    expect(known).toBe(true);
    expect(read.channels.get('general')?.unread).toBe(0);
    expect(read.groups.get('g1')).toBe(1);
    expect(withRead(book, 'unknown', 0).known).toBe(false);
  });

  it('knows when activity comes from a group it has never seen (I was just added)', () => {
    expect(isUnknownGroup(book, activity('x', 1, 'other', 'g9'))).toBe(true);
    expect(isUnknownGroup(book, activity('general', 11))).toBe(false);
  });
});
