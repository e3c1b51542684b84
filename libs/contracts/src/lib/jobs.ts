/**
 * Background jobs, named once. Every job name here must have exactly one
 * handler in the processes that run jobs; they check that at start and
 * refuse to start otherwise.
 */
import type { IsoDateTime, Uuid } from './common';
import type { NotificationKind } from './notifications';

export const QUEUES = {
  maintenance: ['sessions.purge-expired'],
  /** Turning events into stored, pushed notifications; the periodic scans that make more; enqueuing events kept while the queue was out of reach. */
  notifications: [
    'notifications.deliver',
    'notifications.gather-digests',
    'reviews.remind-overdue',
    'notifications.flush-outbox',
  ],
  /** Outgoing e-mail, apart so a slow mail server never delays the bell. */
  mail: ['mail.send-notification', 'mail.send-digest'],
  /** Office-hour bookings: reminders before a slot, opening the slot's consultation room at its start and ending it after its end, and a sweep that (re)schedules them. */
  'office-hours': [
    'office-hours.remind',
    'office-hours.open-room',
    'office-hours.end-room',
    'office-hours.schedule-due',
  ],
  /** Daily: hidden and deleted messages and questions older than the retention period lose their text. */
  privacy: ['privacy.purge-expired-content'],
  /** Every 30 s: switches automatic slow mode off in rooms that have calmed down, and on where a spike was missed. */
  moderation: ['moderation.calm-rooms'],
} as const;

export type QueueName = keyof typeof QUEUES;
export type JobName<Q extends QueueName = QueueName> = (typeof QUEUES)[Q][number];

/** One thing that happened, for one person (see the API's Notifier). */
export interface DeliverNotificationJob {
  key: string;
  recipientId: Uuid;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string | null;
}

export interface JobPayloads {
  'sessions.purge-expired': Record<string, never>;
  'notifications.deliver': DeliverNotificationJob;
  'notifications.gather-digests': Record<string, never>;
  'reviews.remind-overdue': Record<string, never>;
  /** Every minute and at the start of a process that runs jobs: enqueues the events the Notifier had to keep in its outbox. */
  'notifications.flush-outbox': Record<string, never>;
  'mail.send-notification': { notificationId: Uuid };
  /** `day` (YYYY-MM-DD, UTC) names the digest, so one day's digest is one e-mail. */
  'mail.send-digest': { recipientId: Uuid; day: string };
  /** Delayed until `lead` before `start`; does nothing unless the booking is still confirmed at that start. */
  'office-hours.remind': { bookingId: Uuid; start: IsoDateTime; lead: BookingReminderLead };
  /** Delayed until the slot's start; opens its consultation room when people are booked. */
  'office-hours.open-room': { slotId: Uuid; start: IsoDateTime };
  /** Delayed until a grace period after the slot's `end`; ends its consultation room if still live. */
  'office-hours.end-room': { slotId: Uuid; end: IsoDateTime };
  /** Every 10 minutes: makes sure the bookings of the next 25 hours, and the slot rooms still live, have their delayed jobs (seeded ones, lost ones). */
  'office-hours.schedule-due': Record<string, never>;
  'privacy.purge-expired-content': Record<string, never>;
  'moderation.calm-rooms': Record<string, never>;
}

/** How long before a booked slot its reminders go out. */
export const BOOKING_REMINDER_LEADS = { '24h': 24 * 60, '15m': 15 } as const;
export type BookingReminderLead = keyof typeof BOOKING_REMINDER_LEADS;

/** The job states an admin sees counted per queue. */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** `GET /api/admin/queues` */
export interface QueueSummary {
  name: QueueName;
  counts: Record<JobState, number>;
}

/** `GET /api/admin/queues/:name/failed` (a Page of these) */
export interface FailedJob {
  id: string;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  createdAt: IsoDateTime;
  failedAt: IsoDateTime | null;
}

/** `POST /api/admin/queues/:name/jobs/:id/retry` */
export interface RetriedJob {
  id: string;
  /** The job's state after the retry, normally `waiting`. */
  state: string;
}
