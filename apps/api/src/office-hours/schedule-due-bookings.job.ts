/**
 * `office-hours.schedule-due`, every 10 minutes: gives every confirmed
 * booking starting within the next 25 hours its delayed jobs (reminders,
 * room opening). Bookings schedule their own jobs when made; this catches
 * the ones that did not (a failed enqueue after the commit, seeded demo
 * bookings, a queue store that lost its jobs). Job ids dedupe, so jobs that
 * exist stay as they are; 25 hours ahead is early enough for the 24-hour
 * reminder.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { HandlesJob } from '../platform/queue/job-handler.decorator';
import { retryingJob } from '../platform/queue/job-options';
import { BookingJobs } from './booking-jobs';
import { upsertSchedule } from '../platform/queue/upsert-schedule';

export const SCHEDULE_DUE_PATTERN = '*/10 * * * *';
const AHEAD_HOURS = 25;
const BATCH = 2000;

@Injectable()
export class ScheduleDueBookingsJob implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('office-hours') private readonly queue: Queue,
    private readonly jobs: BookingJobs,
  ) {}

  /** Upserting by a fixed scheduler id leaves one schedule however many processes start. */
  async onApplicationBootstrap(): Promise<void> {
    await upsertSchedule(
      this.queue,
      'office-hours.schedule-due',
      { pattern: SCHEDULE_DUE_PATTERN, tz: 'UTC' },
      { name: 'office-hours.schedule-due', data: {}, opts: retryingJob(3) },
    );
  }

  @HandlesJob('office-hours.schedule-due')
  async run(): Promise<void> {
    await this.scheduleDue(new Date());
  }

  /** Returns how many bookings were looked at. */
  async scheduleDue(now: Date): Promise<number> {
    const rows = (await this.db.query(
      `SELECT b.id, s.id AS slot_id, s.starts_at
         FROM bookings b JOIN office_hour_slots s ON s.id = b.slot_id
        WHERE b.status = 'confirmed' AND s.starts_at > $1 AND s.starts_at <= $1::timestamptz + make_interval(hours => $2)
        ORDER BY s.starts_at
        LIMIT ${BATCH}`,
      [now.toISOString(), AHEAD_HOURS],
    )) as { id: string; slot_id: string; starts_at: Date }[];
    await this.jobs.schedule(
      rows.map((row) => ({ bookingId: row.id, slotId: row.slot_id, start: new Date(row.starts_at) })),
      now.getTime(),
    );
    return rows.length;
  }
}
