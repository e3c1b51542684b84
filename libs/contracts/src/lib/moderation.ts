/**
 * Moderation: reports, the moderators' queue, actions on rooms, messages,
 * questions and people, the audit log, the banned-word filter and automatic
 * slow mode. Moderators and admins act; every member may report.
 */
import type { IsoDateTime, Page, Uuid } from './common';
import type { Locale } from './accounts';
import type { Message, Question } from './rooms';
import type { PersonRef } from './programmes';

export const REPORT_TARGET_TYPES = ['message', 'question'] as const;
export type ReportTargetType = (typeof REPORT_TARGET_TYPES)[number];

export const REPORT_REASON_MAX_LENGTH = 1000;
export const MODERATION_REASON_MAX_LENGTH = 1000;

/** `POST /api/reports` → 201 Report; a second report of the same item by the same person → 409 CONFLICT. */
export interface CreateReportRequest {
  targetType: ReportTargetType;
  targetId: Uuid;
  /** 1 to 1,000 characters after trimming. */
  reason: string;
}

export type ReportStatus = 'open' | 'resolved' | 'dismissed';

export interface Report {
  id: Uuid;
  targetType: ReportTargetType;
  targetId: Uuid;
  reason: string;
  status: ReportStatus;
  createdAt: IsoDateTime;
}

/** One person's report as the moderators see it; `reporter` is null for the banned-word filter. */
export interface ReportEntry {
  id: Uuid;
  reporter: PersonRef | null;
  reason: string;
  createdAt: IsoDateTime;
}

/**
 * `GET /api/moderation/reports?status=open|resolved|dismissed` → Page<ReportedItem>:
 * reports grouped by the item they are about, the item first reported first.
 */
export interface ReportedItem {
  targetType: ReportTargetType;
  targetId: Uuid;
  roomId: Uuid;
  roomName: string;
  /** Where the item lives in the client: `/groups/<g>/channels/<room>?message=<seq>` or `/consultations/<room>`. */
  link: string;
  status: ReportStatus;
  /** Exactly one of these is set, as a moderator sees it (hidden items included, marked). */
  message: Message | null;
  question: Question | null;
  /** The author of the item (also for anonymous questions). */
  author: PersonRef | null;
  /** For a message: up to 3 messages before and 3 after it, oldest first, the item itself included. */
  context: Message[];
  reports: ReportEntry[];
  firstReportedAt: IsoDateTime;
}

/** `POST /api/moderation/reports/dismiss` → 200 ModerationAuditEntry: closes the item's open reports with no action on it. */
export interface DismissReportsRequest {
  targetType: ReportTargetType;
  targetId: Uuid;
  reason: string;
}

export const MODERATION_ACTIONS = [
  'hide',
  'restore',
  'delete',
  'mute',
  'unmute',
  'ban',
  'unban',
  'slow_mode',
  'lock',
  'unlock',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** What the audit log records: the actions, and reports closed without one. */
export type AuditedAction = ModerationAction | 'dismiss';

/**
 * `POST /api/moderation/actions` → 201 ModerationAuditEntry.
 * - hide, restore, delete: `targetType` and `targetId` (a message or question in `roomId`).
 * - mute: `userId` and `durationSeconds` (60 to 30 days).
 * - ban: `userId`; `durationSeconds` optional (none: until unbanned).
 * - unmute, unban: `userId`.
 * - slow_mode: `durationSeconds` is the seconds between one person's messages (0 switches it off, at most 3600).
 * - lock, unlock: nothing more.
 * `reason` (1 to 1,000 characters) always. Moderators and admins cannot be muted or banned.
 */
export interface ModerationActionRequest {
  action: ModerationAction;
  roomId: Uuid;
  targetType?: ReportTargetType;
  targetId?: Uuid;
  userId?: Uuid;
  durationSeconds?: number;
  reason: string;
}

/** One line of the audit log. Nobody can change or remove it. */
export interface ModerationAuditEntry {
  id: Uuid;
  action: AuditedAction;
  /** Null when the system did it (automatic slow mode). */
  actor: PersonRef | null;
  roomId: Uuid | null;
  roomName: string | null;
  targetType: ReportTargetType | null;
  targetId: Uuid | null;
  /** The person acted on: muted, banned, or the author of the item. */
  targetUser: PersonRef | null;
  durationSeconds: number | null;
  reason: string;
  /** What made the system act, e.g. `{messagesPerMinute: 84, threshold: 60}`. */
  detail: Record<string, number | string> | null;
  createdAt: IsoDateTime;
}

/** `GET /api/moderation/audit?action=&roomId=&actorId=&userId=&from=&to=&cursor=&limit=` → Page, newest first. */
export type ModerationAuditPage = Page<ModerationAuditEntry>;

/** `GET /api/moderation/rooms?query=` → rooms a moderator can act on, with their current state. */
export interface ModeratedRoom {
  id: Uuid;
  name: string;
  kind: 'channel' | 'consultation';
  /** The group's name for a channel, the consultation's title otherwise. */
  context: string;
  locked: boolean;
  slowModeSeconds: number;
  /** True while the system, not a moderator, has slow mode on. */
  slowModeAutomatic: boolean;
  /** People muted or banned here now. */
  restrictions: RoomRestriction[];
}

export interface RoomRestriction {
  user: PersonRef;
  kind: 'mute' | 'ban';
  /** Null for a ban without end. */
  until: IsoDateTime | null;
}

export type BannedWordMode = 'hold' | 'refuse';

/**
 * A list of banned words in one language. Matching ignores case and
 * diacritics and looks at whole words (a list entry may be several words).
 * `refuse`: the send is refused with VALIDATION_FAILED. `hold`: the message
 * is stored hidden, shown only to its author (marked `held`) and to
 * moderators, and put in the moderation queue with the filter as reporter.
 */
export interface BannedWordList {
  id: Uuid;
  name: string;
  language: Locale;
  mode: BannedWordMode;
  words: string[];
  updatedAt: IsoDateTime;
}

/** `GET /api/admin/banned-words` → BannedWordList[]; `POST` the same body → 201; `PUT /api/admin/banned-words/:id` → 200; `DELETE` → 204. Admin. */
export interface SaveBannedWordListRequest {
  name: string;
  language: Locale;
  mode: BannedWordMode;
  /** Up to 2,000 entries of 1 to 100 characters; blanks and duplicates (after folding) are dropped. */
  words: string[];
}

/** `GET /api/admin/moderation-settings`, `PUT` the same (admin): when slow mode switches on by itself. */
export interface AutoSlowModeSettings {
  enabled: boolean;
  /** Messages in one room within the last minute that switch slow mode on. */
  messagesPerMinute: number;
  /** Open reports in one room within the last 10 minutes that switch slow mode on. */
  reportsPerTenMinutes: number;
  /** The seconds between messages it sets. */
  slowModeSeconds: number;
  /** Minutes below half the thresholds before it switches off again. */
  calmMinutes: number;
}

/** Sent to the room when a person is banned (their sockets leave the room on every node). */
export interface MemberBannedEvent {
  roomId: Uuid;
  userId: Uuid;
  until: IsoDateTime | null;
}
