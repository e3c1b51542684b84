import type { ErrorCode, SocketErrorCode } from './errors';
import type { Message, PresenceEntry, Question, Room } from './rooms';
import type { Consultation } from './consultations';
import type { RoomActivity } from './groups';
import type { Notification } from './notifications';
import type { MemberBannedEvent } from './moderation';
import type { Uuid } from './common';

/** The Socket.IO namespace every live feature uses. */
export const LIVE_NAMESPACE = '/live';

/** The `connect_error` message for a missing or bad token. */
export const UNAUTHENTICATED_HANDSHAKE: ErrorCode = 'UNAUTHENTICATED';

export type Ack<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: SocketErrorCode; message: string; retryAfterSeconds?: number } };

export type AckCallback<T> = (response: Ack<T>) => void;

export interface RoomJoinRequest {
  roomId: Uuid;
  afterSeq?: number;
}
export interface RoomJoinResult {
  room: Room;
  online: PresenceEntry[];
  messages: Message[];
  questions: Question[];
  lastSeq: number;
}
export interface MessageSendRequest {
  roomId: Uuid;
  body: string;
  clientMsgId: string;
  parentId?: Uuid;
  /** People the message @mentions (chosen from the group's members); each is notified once. */
  mentions?: Uuid[];
}
export interface QuestionAskRequest {
  roomId: Uuid;
  body: string;
  anonymous?: boolean;
  clientMsgId: string;
}

export interface ClientToServerEvents {
  'room:join': (payload: RoomJoinRequest, ack: AckCallback<RoomJoinResult>) => void;
  'room:leave': (payload: { roomId: Uuid }, ack: AckCallback<Record<string, never>>) => void;
  'message:send': (payload: MessageSendRequest, ack: AckCallback<{ message: Message }>) => void;
  'message:edit': (payload: { messageId: Uuid; body: string }, ack: AckCallback<{ message: Message }>) => void;
  'message:delete': (payload: { messageId: Uuid }, ack: AckCallback<{ message: Message }>) => void;
  'reaction:toggle': (payload: { messageId: Uuid; emoji: string }, ack: AckCallback<{ message: Message }>) => void;
  typing: (payload: { roomId: Uuid }, ack: AckCallback<Record<string, never>>) => void;
  'room:read': (payload: { roomId: Uuid; seq: number }, ack: AckCallback<{ unread: number }>) => void;
  'message:pin': (payload: { messageId: Uuid; pinned: boolean }, ack: AckCallback<{ message: Message }>) => void;
  'question:ask': (payload: QuestionAskRequest, ack: AckCallback<{ question: Question }>) => void;
  'question:vote': (payload: { questionId: Uuid; up: boolean }, ack: AckCallback<{ question: Question }>) => void;
  'question:answer': (payload: { questionId: Uuid; body: string }, ack: AckCallback<{ question: Question }>) => void;
  'question:update': (
    payload: { questionId: Uuid; status?: Question['status']; pinned?: boolean },
    ack: AckCallback<{ question: Question }>,
  ) => void;
}

export interface ServerToClientEvents {
  presence: (payload: { roomId: Uuid; online: PresenceEntry[] }) => void;
  'message:new': (payload: { message: Message }) => void;
  'message:updated': (payload: { message: Message }) => void;
  'message:deleted': (payload: { message: Message }) => void;
  'message:hidden': (payload: { roomId: Uuid; messageId: Uuid }) => void;
  typing: (payload: { roomId: Uuid; userId: Uuid }) => void;
  'question:new': (payload: { question: Question }) => void;
  'question:updated': (payload: { question: Question }) => void;
  'room:updated': (payload: { room: Room }) => void;
  /** A mute set or lifted (`until` in the past once lifted). */
  'member:muted': (payload: { roomId: Uuid; userId: Uuid; until: string }) => void;
  /** To the room and to the banned person: their sockets have left the room. */
  'member:banned': (payload: MemberBannedEvent) => void;
  /** A question hidden by a moderator: peers drop it. */
  'question:hidden': (payload: { roomId: Uuid; questionId: Uuid }) => void;
  'notification:new': (payload: { notification: Notification }) => void;
  /** To each person who may read the room, wherever they are: drives live unread counts. */
  'room:activity': (payload: RoomActivity) => void;
  /** To the person's other devices after `room:read`. */
  'room:unread': (payload: { roomId: Uuid; unread: number }) => void;
  /** To the consultation's room: started, ended, or changed. */
  'consultation:updated': (payload: { consultation: Consultation }) => void;
}
