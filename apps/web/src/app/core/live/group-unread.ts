/**
 * Unread counts of working groups and their channels, as a pure book kept
 * apart from Angular so it is unit-tested. The server's figures (the groups
 * list, a group's detail, a read acknowledgement, `room:unread` from my
 * other devices) are set as they come; between them `room:activity` adds one
 * for each message from someone else in a channel I am not looking at.
 */
import type { GroupDetail, GroupSummary, RoomActivity, Uuid } from '@klasteris/contracts';

export interface ChannelCount {
  groupId: Uuid;
  unread: number;
  /** The newest seq counted, so a repeated or older activity is not counted twice. */
  lastSeq: number;
}

export interface UnreadBook {
  groups: ReadonlyMap<Uuid, number>;
  channels: ReadonlyMap<Uuid, ChannelCount>;
}

export const EMPTY_BOOK: UnreadBook = { groups: new Map(), channels: new Map() };

/** The groups list came: its totals are the server's. Channel figures stay until a group's detail replaces them. */
export function withSummaries(book: UnreadBook, summaries: readonly GroupSummary[]): UnreadBook {
  return { groups: new Map(summaries.map((group) => [group.id, group.unread])), channels: book.channels };
}

/** A group's detail came: its channels' figures are the server's, and the group's total is their sum. */
export function withDetail(book: UnreadBook, detail: GroupDetail): UnreadBook {
  const channels = new Map([...book.channels].filter(([, count]) => count.groupId !== detail.id));
  for (const channel of detail.channels) {
    channels.set(channel.id, { groupId: detail.id, unread: channel.unread, lastSeq: channel.lastSeq });
  }
  const groups = new Map(book.groups);
  groups.set(
    detail.id,
    detail.channels.reduce((sum, channel) => sum + channel.unread, 0),
  );
  return { groups, channels };
}

/**
 * A message was stored in a channel I may read. It counts when someone else
 * wrote it and I am not looking at that channel; a seq already counted is
 * ignored. Activity outside groups (consultations) changes nothing here.
 */
export function withActivity(
  book: UnreadBook,
  activity: RoomActivity,
  myUserId: Uuid | null,
  viewingRoomId: Uuid | null,
): UnreadBook {
  const groupId = activity.groupId;
  if (groupId === null) return book;
  const channel = book.channels.get(activity.roomId);
  if (channel !== undefined && activity.lastSeq <= channel.lastSeq) return book;
  const counts = activity.authorId !== myUserId && activity.roomId !== viewingRoomId;
  const channels = new Map(book.channels);
  if (channel !== undefined) {
    channels.set(activity.roomId, {
      ...channel,
      lastSeq: activity.lastSeq,
      unread: channel.unread + (counts ? 1 : 0),
    });
  }
  if (!counts) return { groups: book.groups, channels };
  const groups = new Map(book.groups);
  groups.set(groupId, (groups.get(groupId) ?? 0) + 1);
  return { groups, channels };
}

/**
 * The server says how many are unread in a channel now (after I read it, here
 * or on another device). The group's total moves by the difference when the
 * channel is known; `known` is false when it is not, and the caller reloads.
 */
export function withRead(
  book: UnreadBook,
  roomId: Uuid,
  unread: number,
  lastSeq?: number,
): { book: UnreadBook; known: boolean } {
  const channel = book.channels.get(roomId);
  if (channel === undefined) return { book, known: false };
  if (channel.unread === unread && (lastSeq === undefined || lastSeq <= channel.lastSeq)) return { book, known: true };
  const channels = new Map(book.channels);
  channels.set(roomId, { ...channel, unread, lastSeq: Math.max(channel.lastSeq, lastSeq ?? 0) });
  const groups = new Map(book.groups);
  groups.set(channel.groupId, Math.max(0, (groups.get(channel.groupId) ?? 0) + unread - channel.unread));
  return { book: { groups, channels }, known: true };
}

/** True when the activity is for a group the book has never heard of (I was just added): reload the list. */
export function isUnknownGroup(book: UnreadBook, activity: RoomActivity): boolean {
  return activity.groupId !== null && !book.groups.has(activity.groupId);
}
