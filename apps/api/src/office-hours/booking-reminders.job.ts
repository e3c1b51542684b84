/**
 * `office-hours.remind`: a reminder 24 hours or 15 minutes before a booked
 * slot, to the learner (one per booking) and to the lecturer (one per slot,
 * however many are booked in it). It checks the booking first: one that is
 * no longer confirmed, or no longer at this start (moved), gets nothing, so
 * correctness never depends on the delayed job having been removed. The
 * keys carry the start time, so a moved booking is reminded of its new time.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobPayloads } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { HandlesJob } from '../platform/queue/job-handler.decorator';
import { BookingNotifications } from './booking-notifications';

/** A reminder that comes after the slot has ended is no use to anyone. */
interface ReminderRow {
  status: string;
  slot_id: string;
  starts_at: Date;
  ends_at: Date;
  learner_id: string;
  learner_name: string;
  lecturer_id: string;
  lecturer_name: string;
}

@Injectable()
export class BookingRemindersJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: BookingNotifications,
  ) {}

  @HandlesJob('office-hours.remind')
  async remind(payload: JobPayloads['office-hours.remind']): Promise<void> {
    await this.remindAsOf(payload, new Date());
  }

  /** Returns whether reminders were sent. */
  async remindAsOf(payload: JobPayloads['office-hours.remind'], now: Date): Promise<boolean> {
    const [row] = (await this.db.query(
      `SELECT b.status, s.id AS slot_id, s.starts_at, s.ends_at, b.learner_id, learner.display_name AS learner_name,
              s.lecturer_id, lecturer.display_name AS lecturer_name
         FROM bookings b
         JOIN office_hour_slots s ON s.id = b.slot_id
         JOIN users learner ON learner.id = b.learner_id
         JOIN users lecturer ON lecturer.id = s.lecturer_id
        WHERE b.id = $1`,
      [payload.bookingId],
    )) as ReminderRow[];
    if (!row || row.status !== 'confirmed') return false;
    const start = new Date(row.starts_at);
    if (start.getTime() !== new Date(payload.start).getTime()) return false;
    if (new Date(row.ends_at).getTime() <= now.getTime()) return false;
    const change = payload.lead === '24h' ? 'reminder_24h' : 'reminder_15m';
    await this.notifications.send(
      [
        {
          subject: `${payload.bookingId}:${payload.lead}`,
          bookingId: payload.bookingId,
          recipientId: row.learner_id,
          change,
          personName: row.lecturer_name,
          start,
        },
        {
          subject: `slot-${row.slot_id}:${payload.lead}`,
          bookingId: payload.bookingId,
          recipientId: row.lecturer_id,
          change,
          personName: row.learner_name,
          start,
          link: '/office-hours',
        },
      ],
      { rethrow: true },
    );
    return true;
  }
}
