/**
 * Lecturers' availability: reading and replacing it, the list of lecturers,
 * and the slots it yields (UTC) with their places left. Also answers, for
 * bookings, whether an instant is a bookable slot of a lecturer now.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LecturerSummary, OfficeHours, Page, Slot, UpdateOfficeHoursRequest } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { decodeUsersCursor, encodeUsersCursor } from '../accounts/users/users-cursor';
import { returnedRow } from '../programmes/returned-row';
import {
  defaultRow,
  normaliseAvailability,
  OFFICE_HOURS_COLUMNS,
  type OfficeHoursRow,
  toOfficeHours,
} from './availability';
import { availabilityRefused, badRange, lecturerNotFound, notASlot } from './office-hours.errors';
import { type Availability, generateSlots, type GeneratedSlot, slotStartingAt } from './slot-generator';

/** The longest range one slots request may cover. */
export const MAX_SLOT_RANGE_DAYS = 62;
const DEFAULT_SLOT_RANGE_DAYS = 14;
const DAY_MS = 86_400_000;

export const availabilityOf = (row: OfficeHoursRow): Availability => ({
  timeZone: row.time_zone,
  weekly: row.weekly,
  exceptions: row.exceptions,
  slotMinutes: row.slot_minutes,
});

@Injectable()
export class AvailabilityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(userId: string): Promise<OfficeHours> {
    const row = await this.row(userId);
    if (row) return toOfficeHours(row);
    const [user] = (await this.db.query(`SELECT time_zone FROM users WHERE id = $1`, [userId])) as {
      time_zone: string;
    }[];
    return toOfficeHours(defaultRow(userId, user?.time_zone ?? 'Europe/Vilnius'));
  }

  /** Replaces the availability. Booked slots keep their bookings and their capacity. */
  async put(userId: string, request: UpdateOfficeHoursRequest): Promise<OfficeHours> {
    const checked = normaliseAvailability(request);
    if (!checked.ok) throw availabilityRefused(checked.issues);
    const value = checked.value;
    const rows = (await this.db.query(
      `INSERT INTO office_hours (lecturer_id, time_zone, weekly, exceptions, slot_minutes, capacity,
                                 min_notice_minutes, booking_horizon_days, cancel_cutoff_minutes, updated_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9, now())
       ON CONFLICT (lecturer_id) DO UPDATE SET
         time_zone = EXCLUDED.time_zone, weekly = EXCLUDED.weekly, exceptions = EXCLUDED.exceptions,
         slot_minutes = EXCLUDED.slot_minutes, capacity = EXCLUDED.capacity,
         min_notice_minutes = EXCLUDED.min_notice_minutes, booking_horizon_days = EXCLUDED.booking_horizon_days,
         cancel_cutoff_minutes = EXCLUDED.cancel_cutoff_minutes, updated_at = now()
       RETURNING ${OFFICE_HOURS_COLUMNS}`,
      [
        userId,
        value.timeZone,
        JSON.stringify(value.weekly),
        JSON.stringify(value.exceptions),
        value.slotMinutes,
        value.capacity,
        value.minNoticeMinutes,
        value.bookingHorizonDays,
        value.cancelCutoffMinutes,
      ],
    )) as OfficeHoursRow[];
    return toOfficeHours(returnedRow(rows));
  }

  async row(lecturerId: string): Promise<OfficeHoursRow | null> {
    const [row] = (await this.db.query(`SELECT ${OFFICE_HOURS_COLUMNS} FROM office_hours WHERE lecturer_id = $1`, [
      lecturerId,
    ])) as OfficeHoursRow[];
    return row ?? null;
  }

  /** Active lecturers (and anyone else who set office hours), by name. */
  async lecturers(options: { query?: string; cursor?: string; limit?: number }): Promise<Page<LecturerSummary>> {
    const limit = options.limit ?? 50;
    const after = options.cursor ? decodeUsersCursor(options.cursor) : null;
    const rows = (await this.db.query(
      `SELECT u.id, u.display_name, lower(u.display_name) AS sort_name, o.name AS organisation_name,
              coalesce(h.time_zone, u.time_zone) AS time_zone,
              (h.lecturer_id IS NOT NULL AND jsonb_array_length(h.weekly) + jsonb_array_length(h.exceptions) > 0) AS has_office_hours
         FROM users u
         LEFT JOIN office_hours h ON h.lecturer_id = u.id
         LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.deactivated_at IS NULL AND (u.role = 'lecturer' OR h.lecturer_id IS NOT NULL)
          AND ($1::text IS NULL OR u.display_name ILIKE '%' || $1 || '%')
          AND ($2::text IS NULL OR (lower(u.display_name), u.id) > ($2, $3::uuid))
        ORDER BY lower(u.display_name), u.id
        LIMIT $4`,
      [options.query ? escapeLike(options.query) : null, after?.name ?? null, after?.id ?? null, limit + 1],
    )) as {
      id: string;
      display_name: string;
      sort_name: string;
      organisation_name: string | null;
      time_zone: string;
      has_office_hours: boolean;
    }[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        displayName: row.display_name,
        organisationName: row.organisation_name,
        timeZone: row.time_zone,
        hasOfficeHours: row.has_office_hours,
      })),
      nextCursor: rows.length > limit && last ? encodeUsersCursor({ name: last.sort_name, id: last.id }) : null,
    };
  }

  /** The lecturer's bookable slots starting in [from, to), within notice and horizon, with places left. */
  async slots(
    lecturerId: string,
    fromIso: string | undefined,
    toIso: string | undefined,
    now = new Date(),
  ): Promise<Slot[]> {
    const from = fromIso ? new Date(fromIso) : now;
    const to = toIso ? new Date(toIso) : new Date(from.getTime() + DEFAULT_SLOT_RANGE_DAYS * DAY_MS);
    if (to.getTime() <= from.getTime()) throw badRange('to must be after from');
    if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * DAY_MS) {
      throw badRange(`the range may cover at most ${MAX_SLOT_RANGE_DAYS} days`);
    }
    const row = await this.row(lecturerId);
    if (!row) {
      if (await this.isLecturer(lecturerId)) return [];
      throw lecturerNotFound();
    }
    const window = bookableWindow(row, now);
    const start = new Date(Math.max(from.getTime(), window.from.getTime()));
    const end = new Date(Math.min(to.getTime(), window.to.getTime()));
    const generated = generateSlots(availabilityOf(row), start, end);
    const [first, last] = [generated[0], generated.at(-1)];
    if (!first || !last) return [];
    const taken = (await this.db.query(
      `SELECT s.starts_at, s.capacity, s.booked,
              (SELECT count(*)::int FROM bookings b WHERE b.slot_id = s.id AND b.status = 'waiting') AS waiting
         FROM office_hour_slots s
        WHERE s.lecturer_id = $1 AND s.starts_at >= $2 AND s.starts_at <= $3`,
      [lecturerId, first.start, last.start],
    )) as { starts_at: Date; capacity: number; booked: number; waiting: number }[];
    const byStart = new Map(taken.map((slot) => [new Date(slot.starts_at).getTime(), slot]));
    return generated.map((slot) => {
      const existing = byStart.get(slot.start.getTime());
      const capacity = existing?.capacity ?? row.capacity;
      return {
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        remaining: Math.max(0, capacity - (existing?.booked ?? 0)),
        capacity,
        waiting: existing?.waiting ?? 0,
      };
    });
  }

  /**
   * The lecturer's slot starting at this instant, if it can be booked now
   * (a slot of the current availability, past the minimum notice, within the
   * horizon); a validation error on `field` otherwise.
   */
  async bookableSlot(
    lecturerId: string,
    start: Date,
    field: string,
    now = new Date(),
  ): Promise<{ slot: GeneratedSlot; hours: OfficeHoursRow }> {
    const hours = await this.row(lecturerId);
    if (!hours) throw lecturerNotFound();
    const slot = slotStartingAt(availabilityOf(hours), start);
    if (!slot) throw notASlot(field, `${field} is not the start of one of this lecturer's slots`);
    const window = bookableWindow(hours, now);
    if (start.getTime() < window.from.getTime()) {
      throw notASlot(
        field,
        `this slot can no longer be booked: booking closes ${hours.min_notice_minutes} minutes before it starts`,
      );
    }
    if (start.getTime() >= window.to.getTime()) {
      throw notASlot(field, `this slot cannot be booked yet: booking opens ${hours.booking_horizon_days} days ahead`);
    }
    return { slot, hours };
  }

  private async isLecturer(userId: string): Promise<boolean> {
    const [row] = (await this.db.query(
      `SELECT 1 FROM users WHERE id = $1 AND role = 'lecturer' AND deactivated_at IS NULL`,
      [userId],
    )) as unknown[];
    return row !== undefined;
  }
}

/** Slots may be booked from now plus the minimum notice until the horizon. */
function bookableWindow(row: OfficeHoursRow, now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() + row.min_notice_minutes * 60_000),
    to: new Date(now.getTime() + row.booking_horizon_days * DAY_MS),
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
