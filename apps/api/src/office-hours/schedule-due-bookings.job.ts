/**
 * `office-hours.schedule-due`, every 10 minutes: gives every confirmed
 * booking starting within the next 25 hours its delayed jobs (reminders,
 * room opening), and every slot room still live its end. Bookings schedule
 * their own jobs when made, and an opening room its end; this catches the
 * ones that did not (a failed enqueue after the commit, seeded demo
 * bookings, a queue store that lost its jobs). Job ids dedupe, so jobs that
 * exist stay as they are; 25 hours ahead is early enough for the 24-hour
 * reminder. A room whose end is past is ended by a job added without delay.
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

  /** Returns how many bookings and open slot rooms were looked at. */
  async scheduleDue(now: Date): Promise<{ bookings: number; rooms: number }> {
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
    // Only rooms still live: an ended one needs nothing, and all but the last few hours' rooms are ended.
    const open = (await this.db.query(
      `SELECT s.id, s.ends_at
         FROM consultations c JOIN office_hour_slots s ON s.room_id = c.id
        WHERE c.ended_at IS NULL
        ORDER BY s.ends_at
        LIMIT ${BATCH}`,
    )) as { id: string; ends_at: Date }[];
    await this.jobs.scheduleRoomEnds(
      open.map((row) => ({ slotId: row.id, end: new Date(row.ends_at) })),
      now.getTime(),
    );
    return { bookings: rows.length, rooms: open.length };
  }
}
