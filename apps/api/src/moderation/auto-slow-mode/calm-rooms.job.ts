/**
 * `moderation.calm-rooms`, every 30 s: switches automatic slow mode off in
 * rooms that have calmed down, and on in any past a threshold that the
 * per-message trigger missed (a node that stopped mid-burst).
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { HandlesJob } from '../../platform/queue/job-handler.decorator';
import { retryingJob } from '../../platform/queue/job-options';
import { upsertSchedule } from '../../platform/queue/upsert-schedule';
import { AutoSlowMode } from './auto-slow-mode.service';

export const CALM_ROOMS_EVERY_MS = 30_000;

@Injectable()
export class CalmRoomsJob implements OnApplicationBootstrap {
  constructor(
    @InjectQueue('moderation') private readonly queue: Queue,
    private readonly autoSlowMode: AutoSlowMode,
  ) {}

  /** Upserting by a fixed scheduler id leaves one schedule however many processes start. */
  async onApplicationBootstrap(): Promise<void> {
    await upsertSchedule(
      this.queue,
      'moderation.calm-rooms',
      { every: CALM_ROOMS_EVERY_MS },
      // No retries: the next run comes in 30 s anyway.
      { name: 'moderation.calm-rooms', data: {}, opts: retryingJob(1) },
    );
  }

  @HandlesJob('moderation.calm-rooms')
  async run(): Promise<void> {
    await this.autoSlowMode.sweep();
  }
}
