/**
 * The demo's office hours: the demo lecturer in Vilnius (one-to-one
 * half-hours) and, when the demo accounts have one, the Norwegian lecturer
 * in Oslo (group hours), each with weekly hours in their own zone; and one
 * booking, with a question, by the demo learner in the Vilnius lecturer's
 * first slot a day or more ahead. Its reminders and room opening are
 * scheduled by the office-hours sweep (office-hours.schedule-due).
 */
import type { UpdateOfficeHoursRequest } from '@klasteris/contracts';
import type { EntityManager } from 'typeorm';

import { OFFICE_HOURS_DEFAULTS } from '../office-hours/availability';
import { generateSlots } from '../office-hours/slot-generator';
import { returnedRow } from '../programmes/returned-row';

export interface DemoOfficeHours {
  lecturerEmail: string;
  hours: Required<UpdateOfficeHoursRequest>;
}

const weekdays = (days: (1 | 2 | 3 | 4 | 5)[], start: string, end: string) =>
  days.map((weekday) => ({ weekday, start, end }));

export const DEMO_OFFICE_HOURS: readonly DemoOfficeHours[] = [
  {
    lecturerEmail: 'lecturer@klasteris.demo',
    hours: {
      timeZone: 'Europe/Vilnius',
      weekly: [...weekdays([1, 3], '10:00', '12:00'), ...weekdays([4], '16:00', '18:00')],
      exceptions: [],
      slotMinutes: 30,
      capacity: 1,
      minNoticeMinutes: OFFICE_HOURS_DEFAULTS.minNoticeMinutes,
      bookingHorizonDays: OFFICE_HOURS_DEFAULTS.bookingHorizonDays,
      cancelCutoffMinutes: OFFICE_HOURS_DEFAULTS.cancelCutoffMinutes,
    },
  },
  {
    lecturerEmail: 'lecturer.no@klasteris.demo',
    hours: {
      timeZone: 'Europe/Oslo',
      weekly: weekdays([2, 4], '09:00', '11:00'),
      exceptions: [],
      slotMinutes: 60,
      capacity: 4,
      minNoticeMinutes: OFFICE_HOURS_DEFAULTS.minNoticeMinutes,
      bookingHorizonDays: OFFICE_HOURS_DEFAULTS.bookingHorizonDays,
      cancelCutoffMinutes: OFFICE_HOURS_DEFAULTS.cancelCutoffMinutes,
    },
  },
];

export const DEMO_BOOKING = {
  learnerEmail: 'learner@klasteris.demo',
  lecturerEmail: 'lecturer@klasteris.demo',
  question:
    'Kaip pradėti socialinės partnerystės žemėlapį mūsų savivaldybėje? · How do we start the partnership map in our municipality?',
};

export async function insertDemoOfficeHours(manager: EntityManager, now = new Date()): Promise<void> {
  for (const demo of DEMO_OFFICE_HOURS) {
    const [lecturer] = (await manager.query(`SELECT id FROM users WHERE email = $1`, [demo.lecturerEmail])) as {
      id: string;
    }[];
    if (!lecturer) continue;
    const hours = demo.hours;
    await manager.query(
      `INSERT INTO office_hours (lecturer_id, time_zone, weekly, exceptions, slot_minutes, capacity,
                                 min_notice_minutes, booking_horizon_days, cancel_cutoff_minutes)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9) ON CONFLICT (lecturer_id) DO NOTHING`,
      [
        lecturer.id,
        hours.timeZone,
        JSON.stringify(hours.weekly),
        JSON.stringify(hours.exceptions),
        hours.slotMinutes,
        hours.capacity,
        hours.minNoticeMinutes,
        hours.bookingHorizonDays,
        hours.cancelCutoffMinutes,
      ],
    );
  }

  const demo = DEMO_OFFICE_HOURS.find((entry) => entry.lecturerEmail === DEMO_BOOKING.lecturerEmail);
  if (!demo) return;
  const [people] = (await manager.query(
    `SELECT (SELECT id FROM users WHERE email = $1) AS learner_id, (SELECT id FROM users WHERE email = $2) AS lecturer_id`,
    [DEMO_BOOKING.learnerEmail, DEMO_BOOKING.lecturerEmail],
  )) as { learner_id: string | null; lecturer_id: string | null }[];
  if (!people?.learner_id || !people.lecturer_id) return;
  const from = new Date(now.getTime() + 86_400_000);
  const [slot] = generateSlots(
    {
      timeZone: demo.hours.timeZone,
      weekly: demo.hours.weekly,
      exceptions: demo.hours.exceptions,
      slotMinutes: demo.hours.slotMinutes,
    },
    from,
    new Date(from.getTime() + 14 * 86_400_000),
  );
  if (!slot) return;
  const made = returnedRow(
    (await manager.query(
      `INSERT INTO office_hour_slots (lecturer_id, starts_at, ends_at, capacity, booked) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [people.lecturer_id, slot.start, slot.end, demo.hours.capacity],
    )) as { id: string }[],
  );
  await manager.query(`INSERT INTO bookings (slot_id, learner_id, status, question) VALUES ($1, $2, 'confirmed', $3)`, [
    made.id,
    people.learner_id,
    DEMO_BOOKING.question,
  ]);
}
