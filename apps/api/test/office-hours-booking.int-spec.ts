/**
 * Office hours against a real database: availability and its validation,
 * slots across daylight-saving changes, capacity under concurrent requests
 * (PostgreSQL decides), the waiting list, cancelling and moving.
 */
import type { Booking, LecturerSummary, Notification, OfficeHours, Page, Slot } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { apiClient, errorBody } from './support/http';
import { eventually, queuesSettled } from './support/notifications';
import {
  addDays,
  book,
  DAYS_NEAR_CHANGES,
  dstCase,
  lecturer,
  nextEuChange,
  people,
  person,
  type Person,
  putHours,
  ROUND_THE_CLOCK,
  slotsAt,
  wallTime,
  wholeHourAhead,
} from './support/office-hours';
import { startTestApp, TestApp } from './support/test-app';

// Registering many people (password hashing) and booting an app are slow on a busy two-core machine.
jest.setTimeout(90_000);

describe('office hours: availability, slots and bookings', () => {
  let app: TestApp;
  let sql: DataSource;
  const api = () => apiClient(app.baseUrl);

  beforeAll(async () => {
    app = await startTestApp({ label: 'officehours', config: { trustProxy: true } });
    sql = app.app.get(DataSource);
  });
  afterAll(() => app.close());

  describe('availability', () => {
    it('shows defaults before the first save: the profile zone and no windows', async () => {
      const ingrid = await lecturer(app, 'Ingrid Defaults', 'Europe/Oslo');
      const response = await api().get<OfficeHours>('/api/office-hours', { token: ingrid.token });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        lecturerId: ingrid.id,
        timeZone: 'Europe/Oslo',
        weekly: [],
        exceptions: [],
        updatedAt: null,
      });
      expect(response.body.slotMinutes).toBeGreaterThanOrEqual(5);
    });

    it('saves weekly windows with defaults for what is left out, and refuses what does not make sense', async () => {
      const aiste = await lecturer(app, 'Aiste Saves', 'Europe/Vilnius');
      const saved = await putHours(app, aiste, {
        timeZone: 'Europe/Vilnius',
        weekly: [
          { weekday: 3, start: '14:00', end: '16:00' },
          { weekday: 1, start: '09:00', end: '10:00' },
        ],
        slotMinutes: 30,
        capacity: 3,
      });
      expect(saved.weekly).toEqual([
        { weekday: 1, start: '09:00', end: '10:00' },
        { weekday: 3, start: '14:00', end: '16:00' },
      ]);
      expect(saved).toMatchObject({
        capacity: 3,
        exceptions: [],
        minNoticeMinutes: 60,
        bookingHorizonDays: 60,
        cancelCutoffMinutes: 120,
      });
      expect(saved.updatedAt).not.toBeNull();

      const refused = async (body: unknown, field: string) => {
        const response = await api().put('/api/office-hours', body, { token: aiste.token });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details.map((issue: { field: string }) => issue.field)).toContain(field);
      };
      const base = { timeZone: 'Europe/Vilnius', weekly: [], slotMinutes: 30, capacity: 1 };
      await refused({ ...base, timeZone: 'Mars/Olympus' }, 'timeZone');
      await refused({ ...base, timeZone: '+02:00' }, 'timeZone');
      await refused({ ...base, weekly: [{ weekday: 1, start: '9:00', end: '10:00' }] }, 'weekly.0.start');
      await refused({ ...base, weekly: [{ weekday: 8, start: '09:00', end: '10:00' }] }, 'weekly.0.weekday');
      await refused({ ...base, weekly: [{ weekday: 1, start: '10:00', end: '09:00' }] }, 'weekly.0.end');
      await refused(
        {
          ...base,
          weekly: [
            { weekday: 2, start: '09:00', end: '11:00' },
            { weekday: 2, start: '10:30', end: '12:00' },
          ],
        },
        'weekly.1',
      );
      await refused({ ...base, slotMinutes: 4 }, 'slotMinutes');
      await refused({ ...base, slotMinutes: 241 }, 'slotMinutes');
      await refused({ ...base, capacity: 0 }, 'capacity');
      await refused({ ...base, capacity: 51 }, 'capacity');
      await refused({ ...base, exceptions: [{ date: '2026-02-30', kind: 'off' }] }, 'exceptions.0.date');
      await refused(
        { ...base, exceptions: [{ date: '2026-02-03', kind: 'extra', start: '10:00' }] },
        'exceptions.0.end',
      );
      // Unchanged by the refusals.
      expect((await api().get<OfficeHours>('/api/office-hours', { token: aiste.token })).body.capacity).toBe(3);
    });

    it('lets only lecturers and admins set office hours, and lists lecturers to everyone signed in', async () => {
      const learner = await person(app, 'Curious Learner');
      expect((await api().put('/api/office-hours', ROUND_THE_CLOCK(1), { token: learner.token })).status).toBe(403);
      expect((await api().get('/api/office-hours')).status).toBe(401);
      const listed = await lecturer(app, 'Zygimantas Listed', 'Europe/Vilnius');
      await putHours(app, listed, ROUND_THE_CLOCK(1));
      const response = await api().get<Page<LecturerSummary>>('/api/lecturers?query=Zygimantas', {
        token: learner.token,
      });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        {
          id: listed.id,
          displayName: 'Zygimantas Listed',
          organisationName: null,
          timeZone: 'UTC',
          hasOfficeHours: true,
        },
      ]);
      expect(response.body.nextCursor).toBeNull();
    });
  });

  describe('slots', () => {
    // Slots near a change are read through the service at noon a week before it, not through the route: on
    // the route's clock no change is inside the 366-day horizon on some days (see dstCase). Each case runs
    // for the changes after today and after days on which it once failed.
    const todays = () => [new Date(), ...DAYS_NEAR_CHANGES];

    it('keeps a 10:00 Oslo slot at 10:00 in Oslo and 11:00 in Vilnius on both sides of each change', async () => {
      const ingrid = await lecturer(app, 'Ingrid Solberg', 'Europe/Oslo');
      await putHours(app, ingrid, {
        timeZone: 'Europe/Oslo',
        weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '10:00', end: '11:00' })),
        slotMinutes: 60,
        capacity: 1,
        minNoticeMinutes: 0,
        bookingHorizonDays: 366,
      });
      const around = (change: string, now: Date) =>
        slotsAt(app, ingrid.id, `${addDays(change, -2)}T00:00:00Z`, `${addDays(change, 3)}T00:00:00Z`, now);
      for (const today of todays()) {
        const spring = dstCase(3, today);
        const springSlots = await around(spring.change, spring.now);
        // Winter (CET, +1) before the change, summer (CEST, +2) from the change on.
        expect(springSlots.map((slot) => slot.start)).toEqual([
          `${addDays(spring.change, -2)}T09:00:00.000Z`,
          `${addDays(spring.change, -1)}T09:00:00.000Z`,
          `${spring.change}T08:00:00.000Z`,
          `${addDays(spring.change, 1)}T08:00:00.000Z`,
          `${addDays(spring.change, 2)}T08:00:00.000Z`,
        ]);
        expect(springSlots[0]).toMatchObject({ remaining: 1, capacity: 1, waiting: 0 });

        const fall = dstCase(10, today);
        const fallSlots = await around(fall.change, fall.now);
        // Summer (CEST, +2) before the change, winter (CET, +1) from the change on.
        expect(fallSlots.map((slot) => slot.start)).toEqual([
          `${addDays(fall.change, -2)}T08:00:00.000Z`,
          `${addDays(fall.change, -1)}T08:00:00.000Z`,
          `${fall.change}T09:00:00.000Z`,
          `${addDays(fall.change, 1)}T09:00:00.000Z`,
          `${addDays(fall.change, 2)}T09:00:00.000Z`,
        ]);

        const starts = [...springSlots, ...fallSlots].map((slot) => slot.start);
        expect(new Set(starts.map((start) => wallTime(start, 'Europe/Oslo')))).toEqual(new Set(['10:00']));
        expect(new Set(starts.map((start) => wallTime(start, 'Europe/Vilnius')))).toEqual(new Set(['11:00']));
      }
    });

    it('leaves no gap and no doubled slot on the spring-forward night, and one slot per wall time on the fall-back night', async () => {
      const night = await lecturer(app, 'Night Owl', 'Europe/Oslo');
      await putHours(app, night, {
        timeZone: 'Europe/Oslo',
        weekly: [{ weekday: 7, start: '01:00', end: '05:00' }],
        slotMinutes: 60,
        capacity: 1,
        minNoticeMinutes: 0,
        bookingHorizonDays: 366,
      });
      for (const today of todays()) {
        const { change: spring, now: springNow } = dstCase(3, today);
        const springSlots = await slotsAt(app, night.id, `${spring}T00:00:00Z`, `${spring}T12:00:00Z`, springNow);
        // 01:00 CET, then 02:00 does not exist, then 03:00 and 04:00 CEST: back to back in real time.
        expect(springSlots.map((slot) => [slot.start, slot.end])).toEqual([
          [`${spring}T00:00:00.000Z`, `${spring}T01:00:00.000Z`],
          [`${spring}T01:00:00.000Z`, `${spring}T02:00:00.000Z`],
          [`${spring}T02:00:00.000Z`, `${spring}T03:00:00.000Z`],
        ]);

        const { change: fall, now: fallNow } = dstCase(10, today);
        const fallSlots = await slotsAt(app, night.id, `${addDays(fall, -1)}T12:00:00Z`, `${fall}T12:00:00Z`, fallNow);
        // 01:00 and 02:00 (first occurrence) on summer time, 03:00 and 04:00 on winter time: each wall time once.
        expect(fallSlots.map((slot) => slot.start)).toEqual([
          `${addDays(fall, -1)}T23:00:00.000Z`,
          `${fall}T00:00:00.000Z`,
          `${fall}T02:00:00.000Z`,
          `${fall}T03:00:00.000Z`,
        ]);
        expect(fallSlots.map((slot) => wallTime(slot.start, 'Europe/Oslo'))).toEqual([
          '01:00',
          '02:00',
          '03:00',
          '04:00',
        ]);
      }
    });

    it('picks a change ahead of the day and asks at a time from which its slots are bookable, whatever the day', () => {
      expect(nextEuChange(3, new Date('2026-03-26T18:00:00Z'))).toBe('2026-03-29');
      expect(nextEuChange(3, new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
      expect(nextEuChange(3, new Date('2026-03-29T01:00:00Z'))).toBe('2027-03-28');
      expect(nextEuChange(3, new Date('2029-03-28T12:00:00Z'))).toBe('2030-03-31');
      expect(nextEuChange(10, new Date('2026-10-25T01:30:00Z'))).toBe('2027-10-31');
      expect(nextEuChange(10, new Date('2026-11-29T12:00:00Z'))).toBe('2027-10-31');
      // Every hour for two years from the start of 2026: the last Sunday of the month, still ahead, and the
      // ranges read above start after `now` and end inside the horizon.
      const wrong: string[] = [];
      for (let hour = Date.UTC(2026, 0, 1); hour < Date.UTC(2028, 0, 1); hour += 3600_000) {
        for (const month of [3, 10] as const) {
          const { change, now } = dstCase(month, new Date(hour));
          const lastSunday =
            new Date(change).getUTCDay() === 0 &&
            Number(change.slice(5, 7)) === month &&
            Number(addDays(change, 7).slice(5, 7)) === month + 1;
          const ahead = Date.parse(`${change}T01:00:00Z`) > hour;
          const bookable =
            Date.parse(`${addDays(change, -2)}T00:00:00Z`) > now.getTime() &&
            Date.parse(`${addDays(change, 3)}T00:00:00Z`) < now.getTime() + 366 * 86_400_000;
          if (!lastSunday || !ahead || !bookable) wrong.push(`${new Date(hour).toISOString()} → ${change}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('respects days off, extra windows, minimum notice and horizon, and refuses bad ranges', async () => {
      const vilnius = await lecturer(app, 'Exceptional Lecturer', 'Europe/Vilnius');
      const today = new Date().toISOString().slice(0, 10);
      const offDay = addDays(today, 3);
      const extraDay = addDays(today, 4);
      await putHours(app, vilnius, {
        timeZone: 'UTC',
        weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
        exceptions: [
          { date: offDay, kind: 'off' },
          { date: extraDay, kind: 'extra', start: '15:00', end: '16:00' },
        ],
        slotMinutes: 60,
        capacity: 1,
        minNoticeMinutes: 24 * 60,
        bookingHorizonDays: 6,
      });
      const learner = await person(app, 'Range Learner');
      const slots = (
        await api().get<Slot[]>(
          `/api/lecturers/${vilnius.id}/slots?from=${today}T00:00:00Z&to=${addDays(today, 10)}T00:00:00Z`,
          {
            token: learner.token,
          },
        )
      ).body.map((slot) => slot.start);
      const now = Date.now();
      expect(slots.length).toBeGreaterThan(0);
      for (const start of slots) {
        expect(Date.parse(start)).toBeGreaterThanOrEqual(now + 24 * 3600_000 - 60_000);
        expect(Date.parse(start)).toBeLessThan(now + 6 * 86_400_000 + 60_000);
      }
      expect(slots).not.toContain(`${offDay}T09:00:00.000Z`);
      expect(slots).toContain(`${extraDay}T09:00:00.000Z`);
      expect(slots).toContain(`${extraDay}T15:00:00.000Z`);

      const bad = async (query: string) => {
        const response = await api().get(`/api/lecturers/${vilnius.id}/slots?${query}`, { token: learner.token });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      };
      await bad(`from=${today}T00:00:00Z&to=${addDays(today, 70)}T00:00:00Z`);
      await bad(`from=${today}T10:00:00Z&to=${today}T09:00:00Z`);
      await bad('from=yesterday');
      await bad(`from=${today}`);
      expect((await api().get(`/api/lecturers/not-a-uuid/slots`, { token: learner.token })).status).toBe(400);
      expect((await api().get(`/api/lecturers/${learner.id}/slots`, { token: learner.token })).status).toBe(404);
    });
  });

  describe('booking', () => {
    let host: Person;
    beforeAll(async () => {
      host = await lecturer(app, 'Busy Lecturer', 'Europe/Vilnius');
      await putHours(app, host, ROUND_THE_CLOCK(1));
    });

    it('gives one one-to-one slot to exactly one of 20 concurrent requests; the rest get 409 SLOT_TAKEN', async () => {
      const learners = await people(app, 20, 'Racer');
      const start = wholeHourAhead(48);
      const responses = await Promise.all(
        learners.map((learner) => book(app, learner, { lecturerId: host.id, start })),
      );
      const statuses = responses.map((response) => response.status).sort();
      const unexpected = responses.filter((response) => response.status !== 201 && response.status !== 409);
      expect(unexpected.map((response) => [response.status, response.body])).toEqual([]);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      for (const response of responses.filter((r) => r.status === 409))
        expect(errorBody(response).code).toBe('SLOT_TAKEN');
      const winner = responses.find((response) => response.status === 201)!.body;
      expect(winner).toMatchObject({ status: 'confirmed', start, waitingPosition: null, roomId: null });
      const [slot] = (await sql.query(
        `SELECT booked, capacity FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`,
        [host.id, start],
      )) as { booked: number; capacity: number }[];
      expect(slot).toEqual({ booked: 1, capacity: 1 });
    });

    it('fills a group slot of capacity 5 with exactly 5 of 12 concurrent requests', async () => {
      const group = await lecturer(app, 'Group Lecturer', 'Europe/Oslo');
      await putHours(app, group, ROUND_THE_CLOCK(5));
      const learners = await people(app, 12, 'Grouper');
      const start = wholeHourAhead(50);
      const responses = await Promise.all(
        learners.map((learner) => book(app, learner, { lecturerId: group.id, start })),
      );
      expect(responses.filter((response) => response.status === 201)).toHaveLength(5);
      expect(
        responses.filter((response) => response.status === 409 && errorBody(response).code === 'SLOT_TAKEN'),
      ).toHaveLength(7);
      const [counted] = (await sql.query(
        `SELECT count(*)::int AS confirmed FROM bookings b JOIN office_hour_slots s ON s.id = b.slot_id
          WHERE s.lecturer_id = $1 AND s.starts_at = $2 AND b.status = 'confirmed'`,
        [group.id, start],
      )) as { confirmed: number }[];
      expect(counted!.confirmed).toBe(5);
      const slots = (
        await api().get<Slot[]>(
          `/api/lecturers/${group.id}/slots?from=${start}&to=${new Date(Date.parse(start) + 3600_000).toISOString()}`,
          {
            token: learners[0]!.token,
          },
        )
      ).body;
      expect(slots).toEqual([expect.objectContaining({ start, remaining: 0, capacity: 5, waiting: 0 })]);
    });

    it('keeps capacity in the database itself: a CHECK refuses a counter over capacity', async () => {
      await expect(
        sql.query(
          `INSERT INTO office_hour_slots (lecturer_id, starts_at, ends_at, capacity, booked) VALUES ($1, now() + interval '9 days', now() + interval '9 days 1 hour', 1, 2)`,
          [host.id],
        ),
      ).rejects.toThrow(/office_hour_slots_within_capacity/);
    });

    it('refuses a start that is not a slot, a second place in one slot, the past, and non-learners', async () => {
      const learner = await person(app, 'Careful Learner');
      const start = wholeHourAhead(60);
      const offSlot = new Date(Date.parse(start) + 30 * 60_000).toISOString();
      const notASlot = await book(app, learner, { lecturerId: host.id, start: offSlot });
      expect(notASlot.status).toBe(400);
      expect(errorBody(notASlot).details![0]!.field).toBe('start');
      expect((await book(app, learner, { lecturerId: host.id, start: wholeHourAhead(-5) })).status).toBe(400);
      expect((await book(app, learner, { lecturerId: host.id, start: 'tomorrow' })).status).toBe(400);
      expect((await book(app, learner, { lecturerId: learner.id, start })).status).toBe(400);
      const noHours = await person(app, 'No Hours');
      expect((await book(app, learner, { lecturerId: noHours.id, start })).status).toBe(404);

      expect(
        (await book(app, learner, { lecturerId: host.id, start, question: '  How do clusters start?  ' })).status,
      ).toBe(201);
      const again = await book(app, learner, { lecturerId: host.id, start, waitlist: true });
      expect(again.status).toBe(409);
      expect(errorBody(again).code).toBe('CONFLICT');

      // Lecturers book nobody's slots, their own included.
      const self = await book(app, host, { lecturerId: host.id, start: wholeHourAhead(61) });
      expect(self.status).toBe(403);
    });

    it('queues on the waiting list when asked, and gives freed places to the first two waiting when two people cancel at once', async () => {
      const pair = await lecturer(app, 'Pair Lecturer', 'Europe/Vilnius');
      await putHours(app, pair, ROUND_THE_CLOCK(2));
      const [first, second, w1, w2, w3] = await people(app, 5, 'Queuer');
      const start = wholeHourAhead(70);
      expect((await book(app, first!, { lecturerId: pair.id, start })).status).toBe(201);
      expect((await book(app, second!, { lecturerId: pair.id, start })).status).toBe(201);
      const full = await book(app, w1!, { lecturerId: pair.id, start });
      expect(full.status).toBe(409);
      expect(errorBody(full).code).toBe('SLOT_TAKEN');
      const waiting: Booking[] = [];
      for (const learner of [w1!, w2!, w3!]) {
        const response = await book(app, learner, { lecturerId: pair.id, start, waitlist: true });
        expect(response.status).toBe(201);
        waiting.push(response.body);
      }
      expect(waiting.map((booking) => [booking.status, booking.waitingPosition])).toEqual([
        ['waiting', 1],
        ['waiting', 2],
        ['waiting', 3],
      ]);

      const [firstBooking, secondBooking] = await Promise.all(
        [first!, second!].map(
          async (learner) => (await api().get<Page<Booking>>('/api/bookings', { token: learner.token })).body.items[0]!,
        ),
      );
      const cancels = await Promise.all([
        api().delete(`/api/bookings/${firstBooking.id}`, { token: first!.token }),
        api().delete(`/api/bookings/${secondBooking.id}`, { token: second!.token }),
      ]);
      expect(cancels.map((response) => [response.status, response.body])).toEqual([
        [204, null],
        [204, null],
      ]);

      const after = await Promise.all(
        waiting.map(
          async (booking, index) =>
            (await api().get<Booking>(`/api/bookings/${booking.id}`, { token: [w1!, w2!, w3!][index]!.token })).body,
        ),
      );
      expect(after.map((booking) => [booking.status, booking.waitingPosition])).toEqual([
        ['confirmed', null],
        ['confirmed', null],
        ['waiting', 1],
      ]);
      const [slot] = (await sql.query(
        `SELECT booked FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`,
        [pair.id, start],
      )) as {
        booked: number;
      }[];
      expect(slot!.booked).toBe(2);
      // Each promoted once: one 'promoted' notification each, none for the one still waiting.
      const promotions = (await sql.query(
        `SELECT key FROM notifications WHERE kind = 'booking' AND key LIKE 'booking-promoted:%'`,
      )) as { key: string }[];
      expect(promotions.length).toBeLessThanOrEqual(2);

      // Cancelling again changes nothing.
      expect((await api().delete(`/api/bookings/${firstBooking.id}`, { token: first!.token })).status).toBe(204);
      expect(
        (
          (await sql.query(
            `SELECT booked FROM office_hour_slots WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)`,
            [firstBooking.id],
          )) as { booked: number }[]
        )[0]!.booked,
      ).toBe(2);
    });

    it('moves a booking atomically: the new slot is taken, or SLOT_TAKEN and the old booking is kept', async () => {
      const [mover, blocker] = await people(app, 2, 'Mover');
      const from = wholeHourAhead(80);
      const to = wholeHourAhead(81);
      const taken = wholeHourAhead(82);
      const booked = (await book(app, mover!, { lecturerId: host.id, start: from, question: 'Partnership map?' })).body;
      expect((await book(app, blocker!, { lecturerId: host.id, start: taken })).status).toBe(201);

      const refused = await api().patch(`/api/bookings/${booked.id}`, { start: taken }, { token: mover!.token });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('SLOT_TAKEN');
      const kept = (await api().get<Booking>(`/api/bookings/${booked.id}`, { token: mover!.token })).body;
      expect(kept).toMatchObject({ status: 'confirmed', start: from });

      const moved = await api().patch<Booking>(`/api/bookings/${booked.id}`, { start: to }, { token: mover!.token });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ id: booked.id, status: 'confirmed', start: to, question: 'Partnership map?' });
      const counters = (await sql.query(
        `SELECT starts_at, booked FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = ANY($2::timestamptz[]) ORDER BY starts_at`,
        [host.id, [from, to, taken]],
      )) as { booked: number }[];
      expect(counters.map((row) => row.booked)).toEqual([0, 1, 1]);
      expect((await api().patch(`/api/bookings/${booked.id}`, { start: to }, { token: blocker!.token })).status).toBe(
        404,
      );
    });

    it('lets a learner cancel until the cut-off only, and the lecturer any time with a message', async () => {
      const strict = await lecturer(app, 'Strict Lecturer', 'Europe/Vilnius');
      await putHours(app, strict, ROUND_THE_CLOCK(1, { cancelCutoffMinutes: 6 * 60 }));
      const learner = await person(app, 'Late Learner');
      const soon = wholeHourAhead(2);
      const booking = (await book(app, learner, { lecturerId: strict.id, start: soon })).body;
      // The page can say so before the learner tries: the cut-off was four hours ago.
      expect(booking.changeableUntil).toBe(new Date(Date.parse(soon) - 6 * 60 * 60_000).toISOString());
      const late = await api().delete(`/api/bookings/${booking.id}`, { token: learner.token });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('CONFLICT');
      expect(late.body.message).toMatch(/too late/);
      const moveLate = await api().patch(
        `/api/bookings/${booking.id}`,
        { start: wholeHourAhead(30) },
        { token: learner.token },
      );
      expect(moveLate.status).toBe(409);

      const stranger = await person(app, 'Stranger');
      expect((await api().delete(`/api/bookings/${booking.id}`, { token: stranger.token })).status).toBe(404);

      const byLecturer = await api().delete(`/api/bookings/${booking.id}`, {
        token: strict.token,
        body: { message: 'Sorry, I am ill today.' },
      });
      expect(byLecturer.status).toBe(204);
      const cancelled = (await api().get<Booking>(`/api/bookings/${booking.id}`, { token: learner.token })).body;
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'lecturer',
        cancelMessage: 'Sorry, I am ill today.',
      });

      // The learner is told once, with the lecturer's message; the lecturer, who cancelled, is not told.
      const toldOfCancelling = async (who: Person) =>
        (await sql.query(`SELECT key, params FROM notifications WHERE recipient_id = $1 AND key LIKE $2`, [
          who.id,
          `booking-cancelled:${booking.id}:%`,
        ])) as { key: string; params: Record<string, unknown> }[];
      await eventually('learner told of the cancellation', async () => (await toldOfCancelling(learner)).length > 0);
      await queuesSettled(app);
      expect(await toldOfCancelling(learner)).toEqual([
        {
          key: `booking-cancelled:${booking.id}:${soon}`,
          params: expect.objectContaining({ change: 'cancelled', message: 'Sorry, I am ill today.' }),
        },
      ]);
      expect(await toldOfCancelling(strict)).toEqual([]);
      const bell = (await api().get<Page<Notification>>('/api/notifications', { token: learner.token })).body.items;
      const withMessage = bell.filter((notification) => notification.body.includes('Sorry, I am ill today.'));
      expect(withMessage).toEqual([
        expect.objectContaining({ kind: 'booking', link: expect.stringContaining(booking.id) }),
      ]);
    });

    it('lists a learner’s bookings and a lecturer’s booked slots, upcoming soonest first, past apart', async () => {
      const lister = await lecturer(app, 'Listing Lecturer', 'Europe/Vilnius');
      await putHours(app, lister, ROUND_THE_CLOCK(3));
      const learner = await person(app, 'Listing Learner');
      const later = (await book(app, learner, { lecturerId: lister.id, start: wholeHourAhead(100) })).body;
      const sooner = (await book(app, learner, { lecturerId: lister.id, start: wholeHourAhead(90) })).body;
      const mine = (await api().get<Page<Booking>>('/api/bookings?limit=1', { token: learner.token })).body;
      expect(mine.items.map((booking) => booking.id)).toEqual([sooner.id]);
      const next = (
        await api().get<Page<Booking>>(`/api/bookings?limit=1&cursor=${mine.nextCursor}`, { token: learner.token })
      ).body;
      expect(next.items.map((booking) => booking.id)).toEqual([later.id]);
      const theirs = (await api().get<Page<Booking>>('/api/bookings', { token: lister.token })).body;
      expect(theirs.items.map((booking) => booking.id)).toEqual([sooner.id, later.id]);
      expect(theirs.items[0]!.learner).toEqual({
        id: learner.id,
        displayName: 'Listing Learner',
        organisationName: null,
      });
      await sql.query(
        `UPDATE office_hour_slots SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)`,
        [sooner.id],
      );
      const past = (await api().get<Page<Booking>>('/api/bookings?past=true', { token: learner.token })).body;
      expect(past.items.map((booking) => booking.id)).toEqual([sooner.id]);
    });
  });
});
