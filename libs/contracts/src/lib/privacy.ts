/**
 * Privacy: a person's own data as JSON, erasing their account, and how long
 * hidden and deleted content is kept.
 */
import type { IsoDateTime, Uuid } from './common';
import type { Locale, Role } from './accounts';
import type { BookingStatus } from './office-hours';
import type { NotificationKind } from './notifications';
import type { QuestionStatus } from './rooms';
import type { ReportStatus, ReportTargetType } from './moderation';

/**
 * `GET /api/me/export` → 200, `Content-Disposition: attachment; filename="klasteris-<date>.json"`.
 * Only the caller's own items; other people appear by display name at most.
 */
export interface PersonalDataExport {
  exportedAt: IsoDateTime;
  profile: {
    id: Uuid;
    email: string;
    displayName: string;
    role: Role;
    locale: Locale;
    timeZone: string;
    organisationName: string | null;
    createdAt: IsoDateTime;
  };
  groups: { id: Uuid; name: string; joinedAt: IsoDateTime }[];
  enrolments: { programmeId: Uuid; programmeTitle: string; enrolledAt: IsoDateTime }[];
  messages: {
    id: Uuid;
    roomId: Uuid;
    roomName: string;
    seq: number;
    body: string;
    createdAt: IsoDateTime;
    editedAt: IsoDateTime | null;
    deleted: boolean;
    hidden: boolean;
  }[];
  questions: {
    id: Uuid;
    roomId: Uuid;
    roomName: string;
    body: string;
    anonymous: boolean;
    status: QuestionStatus;
    answer: string | null;
    createdAt: IsoDateTime;
  }[];
  votes: { questionId: Uuid; questionBody: string; votedAt: IsoDateTime }[];
  bookings: {
    id: Uuid;
    lecturerName: string;
    start: IsoDateTime;
    end: IsoDateTime;
    status: BookingStatus;
    question: string | null;
    createdAt: IsoDateTime;
  }[];
  submissions: {
    id: Uuid;
    assignmentTitle: string;
    text: string | null;
    fileName: string | null;
    verdict: string | null;
    feedback: string | null;
    submittedAt: IsoDateTime;
  }[];
  notifications: {
    id: Uuid;
    kind: NotificationKind;
    title: string;
    body: string;
    createdAt: IsoDateTime;
    readAt: IsoDateTime | null;
  }[];
  reports: { id: Uuid; targetType: ReportTargetType; targetId: Uuid; reason: string; status: ReportStatus; createdAt: IsoDateTime }[];
  notificationPreferences: { kind: NotificationKind; inApp: boolean; email: boolean; digest: boolean }[];
}

/** `GET /api/admin/retention`, `PUT` the same (admin). */
export interface RetentionSettings {
  /** Hidden and deleted messages and questions older than this many days lose their text (1 to 3650). */
  days: number;
  /** When the last purge ran and what it did; null before the first. */
  lastRun: { at: IsoDateTime; messagesPurged: number; questionsPurged: number } | null;
}

export interface UpdateRetentionRequest {
  days: number;
}
