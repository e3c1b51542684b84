import type { IsoDateTime, Uuid } from './common';

export const NOTIFICATION_KINDS = [
  'submission_made',
  'review_given',
  'review_overdue',
  'mention',
  'booking',
  'moderation',
  'system',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notification {
  id: Uuid;
  kind: NotificationKind;
  /** In the recipient's language. */
  title: string;
  body: string;
  link: string | null;
  createdAt: IsoDateTime;
  readAt: IsoDateTime | null;
}

/** How a person wants one kind of notification. */
export interface NotificationPreference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  /** Gathered into one e-mail a day instead of one e-mail each. */
  digest: boolean;
}

export interface NotificationPreferences {
  items: NotificationPreference[];
}

/** `PUT /api/me/notification-preferences`: the kinds given change, the others stay. */
export interface UpdateNotificationPreferencesRequest {
  items: NotificationPreference[];
}

/** `GET /api/notifications/unread-count`, for the bell's badge. */
export interface UnreadNotificationCount {
  count: number;
}

/** `GET /api/admin/outbox`: a mail written to the outbox (no SMTP_URL), newest first. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: IsoDateTime;
}
