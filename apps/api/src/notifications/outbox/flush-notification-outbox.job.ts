/**
 * `notifications.flush-outbox`, every minute and once when a process that
 * runs jobs starts: enqueues the events the Notifier kept in the outbox while
 * the queue store was out of reach. Two flushes at once share the work (see
 * NotificationOutbox.flush), and an empty outbox costs one query.
 */
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { NotificationOutbox } from './notification-outbox';

@Injectable()
export class FlushNotificationOutboxJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(FlushNotificationOutboxJob.name);

  constructor(private readonly outbox: NotificationOutbox) {}

  /** Events kept before a restart go out now rather than at the next minute; a failure here waits for that minute instead of stopping the start. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.warn(
        `Notification outbox not flushed at start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  @HandlesJob('notifications.flush-outbox')
  async run(): Promise<void> {
    const flushed = await this.outbox.flush();
    if (flushed > 0) this.logger.log(`Enqueued ${flushed} notification(s) kept in the outbox`);
  }
}
