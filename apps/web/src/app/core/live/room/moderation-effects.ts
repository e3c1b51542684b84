/**
 * The pure rules of what moderation does to an open room, apart from Angular
 * and sockets so they are unit-tested: who still sees a hidden message, where
 * a restored one goes, how long a mute lasts, whether a ban is mine, and
 * what a refused send means for the composer.
 */
import type { Message, Role, SocketErrorCode, Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../api/api-error';
import { mergeMessages, removeMessage, updateMessage } from './room-timeline';

/** Who is looking: moderators (and admins) keep hidden messages, greyed; members do not. */
export interface Viewer {
  userId: Uuid | null;
  moderator: boolean;
}

export function canModerate(role: Role | undefined | null): boolean {
  return role === 'moderator' || role === 'admin';
}

/** A hidden message reaches moderators, and its author while the word filter holds it. */
export function visibleTo(message: Message, viewer: Viewer): boolean {
  if (!message.hidden || viewer.moderator) return true;
  return message.held && message.author.id === viewer.userId;
}

/** `message:hidden`: members drop the message; moderators keep it, marked hidden. */
export function applyHidden(list: readonly Message[], messageId: Uuid, viewer: Viewer): readonly Message[] {
  if (!viewer.moderator) return removeMessage(list, messageId);
  const index = list.findIndex((message) => message.id === messageId);
  const held = list[index];
  if (held === undefined || held.hidden) return list;
  const next = [...list];
  next[index] = { ...held, hidden: true };
  return next;
}

/**
 * `message:updated` (an edit, a reaction, a restore, a hide seen by a
 * moderator). A message the viewer may no longer see goes; a restored one
 * the list does not hold is put in by seq when it falls inside the loaded
 * window (an older one is left to paging, so the window keeps no holes).
 */
export function applyChange(list: readonly Message[], message: Message, viewer: Viewer): readonly Message[] {
  if (!visibleTo(message, viewer)) return removeMessage(list, message.id);
  if (list.some((held) => held.seq === message.seq)) return updateMessage(list, message);
  const oldest = list[0]?.seq;
  if (message.deleted || (oldest !== undefined && message.seq < oldest)) return list;
  return mergeMessages(list, [message]);
}

// ---------------------------------------------------------------- restrictions

/** The mute still running at `now`, or null once it has passed (an `until` in the past lifts it). */
export function activeMute(until: string | null, now: number): string | null {
  if (until === null) return null;
  const end = Date.parse(until);
  return Number.isFinite(end) && end > now ? until : null;
}

/** Milliseconds until a mute ends (0 when it is not running). */
export function muteRemainingMs(until: string | null, now: number): number {
  const active = activeMute(until, now);
  return active === null ? 0 : Date.parse(active) - now;
}

/** `member:banned` is sent to the whole room: it concerns this view only when it names me here. */
export function bannedMe(
  event: { roomId: Uuid; userId: Uuid },
  roomId: Uuid | null,
  myUserId: Uuid | null,
): boolean {
  return roomId !== null && myUserId !== null && event.roomId === roomId && event.userId === myUserId;
}

// ---------------------------------------------------------------- refused sends

/** The refusals a moderator's rule explains: the text goes back into the box, the reason beside it. */
export const MODERATION_REFUSALS = ['MUTED', 'SLOW_MODE', 'ROOM_LOCKED', 'BANNED', 'VALIDATION_FAILED'] as const;
export type ModerationRefusalCode = (typeof MODERATION_REFUSALS)[number];

export function isModerationRefusal(code: SocketErrorCode): code is ModerationRefusalCode {
  return (MODERATION_REFUSALS as readonly string[]).includes(code);
}

/** What a refused send changes in the room's state, and what to tell the writer. */
export interface RefusalOutcome {
  message: ErrorMessage;
  /** Muted until then (ISO). */
  mutedUntil?: string;
  /** Slow mode lets the next message through at this time (ISO). */
  slowUntil?: string;
  locked?: true;
  removed?: true;
}

export function refusalOutcome(
  code: ModerationRefusalCode,
  retryAfterSeconds: number | undefined,
  now: number,
): RefusalOutcome {
  const seconds = typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? Math.ceil(retryAfterSeconds) : 0;
  const at = (s: number) => new Date(now + s * 1000).toISOString();
  switch (code) {
    case 'MUTED':
      return seconds > 0
        ? { message: { key: 'room.refusal.mutedFor', params: { minutes: Math.ceil(seconds / 60) } }, mutedUntil: at(seconds) }
        : { message: { key: 'room.refusal.muted' } };
    case 'SLOW_MODE':
      return seconds > 0
        ? { message: { key: 'room.refusal.slowModeFor', params: { seconds } }, slowUntil: at(seconds) }
        : { message: { key: 'room.refusal.slowMode' } };
    case 'ROOM_LOCKED':
      return { message: { key: 'room.refusal.locked' }, locked: true };
    case 'BANNED':
      return { message: { key: 'room.refusal.banned' }, removed: true };
    case 'VALIDATION_FAILED':
      return { message: { key: 'room.refusal.refusedWords' } };
  }
}
