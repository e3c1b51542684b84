/**
 * The Notifier features inject: one `notifications.deliver` job per event
 * (see deliver-jobs.ts for the job id that makes a repeat harmless). A
 * malformed event is a programming error and throws at once. The queue store
 * being briefly out of reach (Redis failing over, a PostgreSQL restart) is
 * tried again a few times; when it stays out of reach, the events are kept in
 * the notification outbox in the database, and the flush job enqueues them
 * once the store answers again. Only when the database refuses them too does
 * notify() throw.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { NOTIFICATION_KINDS, type DeliverNotificationJob } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import { enqueueDeliveries } from './deliver-jobs';
import { NotificationEvent, Notifier } from './notifier';
import { NotificationOutbox } from './outbox/notification-outbox';
import { missingParams } from './render-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_KEY_LENGTH = 300;
/** Pauses before the second and third try to enqueue; the caller waits for them only when the store fails. */
const ENQUEUE_RETRY_DELAYS_MS = [250, 1000];

@Injectable()
export class QueueNotifier extends Notifier {
  private readonly logger = new Logger(QueueNotifier.name);

  constructor(
    @InjectQueue('notifications') private readonly queue: Queue,
    private readonly outbox: NotificationOutbox,
  ) {
    super();
  }

  async notify(events: NotificationEvent[]): Promise<void> {
    if (events.length === 0) return;
    const jobs: DeliverNotificationJob[] = events.map((event) => {
      assertWellFormed(event);
      return {
        key: event.key,
        recipientId: event.recipientId,
        kind: event.kind,
        params: event.params,
        link: event.link,
      };
    });
    try {
      await this.enqueueRetrying(jobs);
    } catch (enqueueError) {
      try {
        await this.outbox.keep(jobs);
      } catch (outboxError) {
        throw new Error(
          `Notifications could neither be enqueued (${messageOf(enqueueError)}) nor kept in the outbox (${messageOf(outboxError)})`,
          { cause: outboxError },
        );
      }
      this.logger.warn(
        `Kept ${jobs.length} notification(s) in the outbox until the queue answers again: ${messageOf(enqueueError)}`,
      );
    }
  }

  private async enqueueRetrying(jobs: DeliverNotificationJob[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await enqueueDeliveries(this.queue, jobs);
        return;
      } catch (error) {
        const delay = ENQUEUE_RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function assertWellFormed(event: NotificationEvent): void {
  const problems: string[] = [];
  if (!UUID.test(event.recipientId)) problems.push('recipientId is not a UUID');
  if (event.key.length === 0 || event.key.length > MAX_KEY_LENGTH) problems.push(`key must be 1 to ${MAX_KEY_LENGTH} characters`);
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(event.kind)) problems.push(`kind "${event.kind}" is unknown`);
  else {
    const missing = missingParams(event.kind, event.params);
    if (missing.length > 0) problems.push(`params lack ${missing.join(', ')}`);
  }
  if (event.link !== null && !event.link.startsWith('/')) problems.push('link must be a path in the web client, like /submissions/<id>');
  if (problems.length > 0) throw new Error(`Notification event "${event.key}" is malformed: ${problems.join('; ')}`);
}
