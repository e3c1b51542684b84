/**
 * The `notifications.deliver` jobs that events become, for the Notifier and
 * the outbox flush alike. The job id is derived from the recipient and the
 * event key, so a repeated event is dropped while its job exists (the
 * database's unique (recipient, key) catches it after that).
 */
import type { DeliverNotificationJob } from '@klasteris/contracts';
import type { Queue } from 'bullmq';

import { jobIdFrom, retryingJob } from '../platform/queue/job-options';

const DELIVERY_ATTEMPTS = 8;
/**
 * How long one enqueue may take. With Redis unreachable, BullMQ's client holds
 * commands until it reconnects instead of failing them, which would hold the
 * caller for the whole outage; a command given up here may still run on
 * reconnection, which the job id makes harmless.
 */
export const ENQUEUE_TIMEOUT_MS = 2000;

export const deliverJobId = (recipientId: string, key: string) => jobIdFrom('notify', recipientId, key);

/** Adds one delivery job per event, or rejects when the queue store refuses or does not answer in time. */
export async function enqueueDeliveries(queue: Queue, events: DeliverNotificationJob[]): Promise<void> {
  const jobs = events.map((event) => ({
    name: 'notifications.deliver' as const,
    data: { key: event.key, recipientId: event.recipientId, kind: event.kind, params: event.params, link: event.link },
    opts: { ...retryingJob(DELIVERY_ATTEMPTS), jobId: deliverJobId(event.recipientId, event.key) },
  }));
  const adding = queue.addBulk(jobs);
  // Settles on its own once given up (on reconnection, or with the connection's error); nobody waits for it then.
  adding.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the queue store did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)),
      ENQUEUE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([adding, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
