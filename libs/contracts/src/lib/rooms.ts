import type { IsoDateTime, Uuid } from './common';

export type RoomKind = 'channel' | 'consultation';

export interface Room {
  id: Uuid;
  kind: RoomKind;
  name: string;
  locked: boolean;
  /** Seconds a person must wait between messages; 0 when off. */
  slowModeSeconds: number;
  lastSeq: number;
}

/** A room in the person's list: theirs, or open to everyone signed in. */
export interface RoomSummary extends Room {
  member: boolean;
  /** Messages from others after the person's read cursor. */
  unread: number;
}

/** What every author of an erased account is shown as (the client shows its own translation). */
export const DELETED_USER_DISPLAY_NAME = 'deleted user';

export interface MessageAuthor {
  id: Uuid;
  displayName: string;
  organisationName: string | null;
}

export interface Message {
  id: Uuid;
  roomId: Uuid;
  seq: number;
  parentId: Uuid | null;
  author: MessageAuthor;
  body: string;
  createdAt: IsoDateTime;
  editedAt: IsoDateTime | null;
  deleted: boolean;
  /** Hidden by a moderator or held by the banned-word filter; only moderators (and, when held, the author) receive it. */
  hidden: boolean;
  /** Held by the banned-word filter until a moderator restores or deletes it. */
  held: boolean;
  /** Who hid it, for moderators; null otherwise, and for the filter. */
  hiddenBy: { id: Uuid; displayName: string } | null;
  reactions: Record<string, number>;
  /** Pinned to the channel (`GET /api/rooms/:id/pins`). */
  pinned: boolean;
  /** On a thread's root: its replies (not deleted or hidden); 0 on every other message. */
  replyCount: number;
  /** The members the message @mentions (each notified once); empty on a deleted message. */
  mentions: MentionedPerson[];
}

export interface MentionedPerson {
  id: Uuid;
  displayName: string;
}

export type QuestionStatus = 'pending' | 'open' | 'answered' | 'dismissed';

export interface Question {
  id: Uuid;
  roomId: Uuid;
  seq: number;
  body: string;
  anonymous: boolean;
  /** Null to peers when the question is anonymous. */
  author: MessageAuthor | null;
  votes: number;
  myVote: boolean;
  status: QuestionStatus;
  pinned: boolean;
  answer: string | null;
  /** Hidden by a moderator: only moderators receive it, marked. */
  hidden: boolean;
  createdAt: IsoDateTime;
  /**
   * Goes up by one with every change (vote, answer, status, pin), in the same
   * transaction; a client keeps the highest it has seen, since concurrent
   * changes may be broadcast out of order. Broadcasts carry `myVote: false`:
   * each client keeps its own from its acks and its join.
   */
  version: number;
}

export interface PresenceEntry {
  userId: Uuid;
  displayName: string;
}

/** Limits from CONTRACT.md, shared so the client can check before sending. */
export const MESSAGE_BODY_MAX_LENGTH = 4000;
export const SOCKET_FRAME_MAX_BYTES = 64 * 1024;
