/**
 * The Notifier features inject: one `notifications.deliver` job per event,
 * with a job id derived from the recipient and the event key, so a repeated
 * event is dropped while its job exists (the database catches it after
 * that). A malformed event is a programming error and throws at once. The
 * queue store being briefly out of reach (Redis failing over, a PostgreSQL
 * restart) is tried again a few times: the job ids make a repeat harmless.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { NOTIFICATION_KINDS, type DeliverNotificationJob } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import { jobIdFrom, retryingJob } from '../platform/queue/job-options';
import { NotificationEvent, Notifier } from './notifier';
import { missingParams } from './render-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_KEY_LENGTH = 300;
const DELIVERY_ATTEMPTS = 8;
/** Pauses before the second and third try to enqueue; the caller waits for them only when the store fails. */
const ENQUEUE_RETRY_DELAYS_MS = [250, 1000];

@Injectable()
export class QueueNotifier extends Notifier {
  constructor(@InjectQueue('notifications') private readonly queue: Queue) {
    super();
  }

  async notify(events: NotificationEvent[]): Promise<void> {
    if (events.length === 0) return;
    const jobs = events.map((event) => {
      assertWellFormed(event);
      const data: DeliverNotificationJob = {
        key: event.key,
        recipientId: event.recipientId,
        kind: event.kind,
        params: event.params,
        link: event.link,
      };
      return {
        name: 'notifications.deliver',
        data,
        opts: { ...retryingJob(DELIVERY_ATTEMPTS), jobId: deliverJobId(event.recipientId, event.key) },
      };
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await this.queue.addBulk(jobs);
        return;
      } catch (error) {
        const delay = ENQUEUE_RETRY_DELAYS_MS[attempt];
        if (delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}

export const deliverJobId = (recipientId: string, key: string) => jobIdFrom('notify', recipientId, key);

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
