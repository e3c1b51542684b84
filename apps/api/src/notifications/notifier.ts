/**
 * What features call when something happened that people should hear about.
 * The pipeline behind it (queue, storage, live push, e-mail) lives in this
 * folder; callers only describe the event, after their own write committed.
 */
import type { NotificationKind } from '@klasteris/contracts';

export interface NotificationEvent {
  /**
   * Unique for the thing that happened and the recipient, e.g.
   * `submission-made:<submissionId>:<lecturerId>`. The same key never yields a
   * second notification or e-mail, however often it is sent.
   */
  key: string;
  recipientId: string;
  kind: NotificationKind;
  /**
   * Values for this kind's title and body templates, in both languages: a
   * value the same in both as `name`, one that differs as `name.lt` and
   * `name.en`. The params each kind needs are listed in
   * notification-templates.ts; notify() throws when one is missing.
   */
  params: Record<string, string>;
  /** Where the notification leads in the web client, e.g. `/submissions/<id>`. */
  link: string | null;
}

export abstract class Notifier {
  /**
   * Queues the events; returns once they are safe, not delivered: enqueued, or,
   * while the queue store is out of reach, kept in the outbox in the database
   * for the flush job to enqueue later. Throws when neither worked.
   */
  abstract notify(events: NotificationEvent[]): Promise<void>;
}
