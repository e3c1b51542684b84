/**
 * The repeatable notification jobs, registered at start by every process that
 * runs jobs. Upserting by a fixed scheduler id makes this idempotent: many
 * processes and restarts still leave one schedule each.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { retryingJob } from '../platform/queue/job-options';
import { upsertSchedule } from '../platform/queue/upsert-schedule';

/** 06:00 UTC: morning in Vilnius and Oslo alike. */
export const DIGEST_SCHEDULE = '0 6 * * *';
export const OVERDUE_REVIEW_SCHEDULE = '*/15 * * * *';
export const FLUSH_OUTBOX_SCHEDULE = '* * * * *';

@Injectable()
export class NotificationSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue('notifications') private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertSchedule(
      this.queue,
      'notifications.gather-digests',
      { pattern: DIGEST_SCHEDULE, tz: 'UTC' },
      { name: 'notifications.gather-digests', data: {}, opts: retryingJob(3) },
    );
    await upsertSchedule(
      this.queue,
      'reviews.remind-overdue',
      { pattern: OVERDUE_REVIEW_SCHEDULE, tz: 'UTC' },
      { name: 'reviews.remind-overdue', data: {}, opts: retryingJob(3) },
    );
    await upsertSchedule(
      this.queue,
      'notifications.flush-outbox',
      { pattern: FLUSH_OUTBOX_SCHEDULE, tz: 'UTC' },
      // No retries: the next run comes within a minute anyway.
      { name: 'notifications.flush-outbox', data: {}, opts: retryingJob(1) },
    );
  }
}
