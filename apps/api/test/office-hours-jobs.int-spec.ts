/**
 * Office-hour jobs through the real queues, on both backends: the delayed
 * reminders and room opening a booking schedules, what a cancelled or moved
 * booking gets (nothing for the old time, whether or not its delayed jobs
 * were removed), the waiting list's promotions notified once each, and the
 * consultation room that opens at the slot's start with the booking
 * questions in its Q&A queue. Jobs are run now, as the queue would at their
 * time, instead of waiting for the clock.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { Booking, JobPayloads, Page, Question } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { openRoomJobId, reminderJobId } from '../src/office-hours/booking-jobs';
import { apiClient } from './support/http';
import { describeOnQueueBackends, eventually, queuesSettled } from './support/notifications';
import { book, lecturer, people, type Person, putHours, ROUND_THE_CLOCK, wholeHourAhead } from './support/office-hours';
import { startTestApp, TestApp } from './support/test-app';

// Registering many people (password hashing) and booting an app are slow on a busy two-core machine.
jest.setTimeout(90_000);

describeOnQueueBackends('office hours: reminders, waiting list and rooms', (backend) => {
  let app: TestApp;
  let sql: DataSource;
  let queue: Queue;
  let host: Person;
  const api = () => apiClient(app.baseUrl);

  beforeAll(async () => {
    app = await startTestApp({ label: `ohjobs${backend.name}`, redis: backend.redis, config: { trustProxy: true } });
    sql = app.app.get(DataSource);
    queue = app.app.get<string, Queue>(getQueueToken('office-hours'), { strict: false });
    host = await lecturer(app, 'Reminding Lecturer', 'Europe/Oslo');
    await putHours(app, host, ROUND_THE_CLOCK(3, { cancelCutoffMinutes: 0 }));
  });
  afterAll(() => app.close());

  const bookingKeys = async (recipientId: string, like: string) =>
    (
      (await sql.query(`SELECT key FROM notifications WHERE recipient_id = $1 AND key LIKE $2 ORDER BY key`, [
        recipientId,
        like,
      ])) as {
        key: string;
      }[]
    ).map((row) => row.key);

  /** Runs a reminder now, through the queue and its worker, as it would run at its time. */
  async function runReminder(payload: JobPayloads['office-hours.remind']): Promise<void> {
    await queue.add('office-hours.remind', payload);
    await queuesSettled(app);
  }

  async function delayedState(jobId: string): Promise<string | null> {
    const job = await queue.getJob(jobId);
    return job ? await job.getState() : null;
  }

  it('schedules both reminders and the room opening as delayed jobs, and sends them only for a booking still confirmed', async () => {
    const [kept, cancelling] = await people(app, 2, 'Reminded');
    const start = wholeHourAhead(48);
    const keptBooking = (await book(app, kept!, { lecturerId: host.id, start })).body;
    const cancelledBooking = (await book(app, cancelling!, { lecturerId: host.id, start })).body;
    for (const booking of [keptBooking, cancelledBooking]) {
      expect(await delayedState(reminderJobId(booking.id, start, '24h'))).toBe('delayed');
      expect(await delayedState(reminderJobId(booking.id, start, '15m'))).toBe('delayed');
    }
    const [slot] = (await sql.query(`SELECT id FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`, [
      host.id,
      start,
    ])) as {
      id: string;
    }[];
    expect(await delayedState(openRoomJobId(slot!.id, start))).toBe('delayed');
    // Both are told the booking is confirmed, the lecturer twice (one per booking).
    await eventually('confirmations', async () => (await bookingKeys(kept!.id, 'booking-confirmed:%')).length === 1);
    await eventually('lecturer told', async () => (await bookingKeys(host.id, 'booking-booked:%')).length === 2);

    expect((await api().delete(`/api/bookings/${cancelledBooking.id}`, { token: cancelling!.token })).status).toBe(204);
    expect(await delayedState(reminderJobId(cancelledBooking.id, start, '24h'))).toBeNull();
    expect(await delayedState(reminderJobId(cancelledBooking.id, start, '15m'))).toBeNull();
    await eventually(
      'lecturer told of the cancellation',
      async () => (await bookingKeys(host.id, 'booking-cancelled:%')).length === 1,
    );

    // Even if the delayed jobs had stayed, they would send nothing for the cancelled booking.
    for (const lead of ['24h', '15m'] as const) {
      await runReminder({ bookingId: cancelledBooking.id, start, lead });
      await runReminder({ bookingId: keptBooking.id, start, lead });
    }
    expect(await bookingKeys(cancelling!.id, 'booking-reminder%')).toEqual([]);
    expect(await bookingKeys(kept!.id, 'booking-reminder%')).toEqual([
      `booking-reminder_15m:${keptBooking.id}:15m:${start}`,
      `booking-reminder_24h:${keptBooking.id}:24h:${start}`,
    ]);
    // The lecturer: one reminder per slot and lead, however many are booked.
    expect(await bookingKeys(host.id, 'booking-reminder%')).toEqual([
      `booking-reminder_15m:slot-${slot!.id}:15m:${start}`,
      `booking-reminder_24h:slot-${slot!.id}:24h:${start}`,
    ]);
    const [title] = (await sql.query(
      `SELECT title FROM notifications WHERE recipient_id = $1 AND key LIKE 'booking-reminder_15m%'`,
      [kept!.id],
    )) as { title: string }[];
    expect(title!.title).toMatch(/15/);
  });

  it('reminds a moved booking of its new time only', async () => {
    const [mover] = await people(app, 1, 'Moved');
    const oldStart = wholeHourAhead(72);
    const newStart = wholeHourAhead(96);
    const booking = (await book(app, mover!, { lecturerId: host.id, start: oldStart })).body;
    const moved = await api().patch<Booking>(
      `/api/bookings/${booking.id}`,
      { start: newStart },
      { token: mover!.token },
    );
    expect(moved.status).toBe(200);
    expect(await delayedState(reminderJobId(booking.id, oldStart, '24h'))).toBeNull();
    expect(await delayedState(reminderJobId(booking.id, oldStart, '15m'))).toBeNull();
    expect(await delayedState(reminderJobId(booking.id, newStart, '24h'))).toBe('delayed');
    expect(await delayedState(reminderJobId(booking.id, newStart, '15m'))).toBe('delayed');

    for (const start of [oldStart, newStart]) {
      for (const lead of ['24h', '15m'] as const) await runReminder({ bookingId: booking.id, start, lead });
    }
    expect(await bookingKeys(mover!.id, 'booking-reminder%')).toEqual([
      `booking-reminder_15m:${booking.id}:15m:${newStart}`,
      `booking-reminder_24h:${booking.id}:24h:${newStart}`,
    ]);
    await eventually(
      'lecturer told of the move',
      async () => (await bookingKeys(host.id, `booking-rescheduled:${booking.id}:%`)).length === 1,
    );
  });

  it('promotes the first two waiting when two places free at once, and tells each of them once', async () => {
    const pair = await lecturer(app, 'Waiting List Lecturer', 'Europe/Vilnius');
    await putHours(app, pair, ROUND_THE_CLOCK(2, { cancelCutoffMinutes: 0 }));
    const [a, b, w1, w2, w3] = await people(app, 5, 'Waiter');
    const start = wholeHourAhead(30);
    const confirmed = [
      (await book(app, a!, { lecturerId: pair.id, start })).body,
      (await book(app, b!, { lecturerId: pair.id, start })).body,
    ];
    const waiting: Booking[] = [];
    for (const learner of [w1!, w2!, w3!])
      waiting.push((await book(app, learner, { lecturerId: pair.id, start, waitlist: true })).body);
    expect(waiting.map((booking) => booking.status)).toEqual(['waiting', 'waiting', 'waiting']);

    const cancels = await Promise.all([
      api().delete(`/api/bookings/${confirmed[0]!.id}`, { token: a!.token }),
      api().delete(`/api/bookings/${confirmed[1]!.id}`, { token: b!.token }),
    ]);
    expect(cancels.map((response) => response.status)).toEqual([204, 204]);
    await queuesSettled(app);
    await eventually('both promoted people told', async () => {
      const [k1, k2] = await Promise.all([
        bookingKeys(w1!.id, 'booking-promoted:%'),
        bookingKeys(w2!.id, 'booking-promoted:%'),
      ]);
      return k1.length === 1 && k2.length === 1;
    });
    expect(await bookingKeys(w3!.id, 'booking-%')).toEqual([]);
    const states = await Promise.all(
      waiting.map(
        async (booking, index) =>
          (await api().get<Booking>(`/api/bookings/${booking.id}`, { token: [w1!, w2!, w3!][index]!.token })).body,
      ),
    );
    expect(states.map((booking) => [booking.status, booking.waitingPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waiting', 1],
    ]);
    // The promoted get their reminders scheduled like any booking.
    expect(await delayedState(reminderJobId(waiting[0]!.id, start, '15m'))).toBe('delayed');
    expect(await delayedState(reminderJobId(waiting[2]!.id, start, '15m'))).toBeNull();
  });

  it('opens the slot’s consultation room at its start for the lecturer and the people booked, with their questions in the Q&A queue', async () => {
    const [asker, another, quiet, outsider] = await people(app, 4, 'Room');
    const start = wholeHourAhead(36);
    const first = (
      await book(app, asker!, { lecturerId: host.id, start, question: 'How do we start a social cluster in Utena?' })
    ).body;
    const second = (await book(app, another!, { lecturerId: host.id, start, question: 'Kaip įtraukti verslą?' })).body;
    await book(app, quiet!, { lecturerId: host.id, start });
    const [slot] = (await sql.query(`SELECT id FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`, [
      host.id,
      start,
    ])) as {
      id: string;
    }[];

    // The start has come: the delayed job runs (twice, as a retry might).
    await queue.add('office-hours.open-room', { slotId: slot!.id, start });
    await queue.add('office-hours.open-room', { slotId: slot!.id, start });
    await queuesSettled(app);
    const roomId = await eventually('room opened', async () => {
      const [row] = (await sql.query(`SELECT room_id FROM office_hour_slots WHERE id = $1`, [slot!.id])) as {
        room_id: string | null;
      }[];
      return row?.room_id;
    });
    expect(
      (await sql.query(`SELECT count(*)::int AS n FROM consultations WHERE lecturer_id = $1`, [host.id]))[0].n,
    ).toBe(1);

    const booking = (await api().get<Booking>(`/api/bookings/${first.id}`, { token: asker!.token })).body;
    expect(booking.roomId).toBe(roomId);
    const questions = await api().get<Page<Question>>(`/api/rooms/${roomId}/questions?sort=new`, { token: host.token });
    expect(questions.status).toBe(200);
    expect(
      questions.body.items
        .map((question) => [question.body, question.author?.id, question.status])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ['How do we start a social cluster in Utena?', asker!.id, 'open'],
      ['Kaip įtraukti verslą?', another!.id, 'open'],
    ]);
    expect((await api().get(`/api/rooms/${roomId}/questions`, { token: quiet!.token })).status).toBe(200);
    expect([403, 404]).toContain(
      (await api().get(`/api/rooms/${roomId}/questions`, { token: outsider!.token })).status,
    );
    const consultation = await api().get(`/api/consultations/${roomId}`, { token: asker!.token });
    expect(consultation.status).toBe(200);
    expect(consultation.body).toMatchObject({ state: 'live', lecturer: { id: host.id } });
    await eventually(
      'told the room is open',
      async () => (await bookingKeys(asker!.id, 'booking-room_open:%')).length === 1,
    );
    expect((await api().get<Booking>(`/api/bookings/${second.id}`, { token: another!.token })).body.roomId).toBe(
      roomId,
    );
  });

  it('gives bookings made without their jobs (seeded ones) their reminders and room opening once they are due within 25 hours', async () => {
    const [seeded] = await people(app, 1, 'Seeded');
    const insertBooking = async (start: string) => {
      const [slot] = (await sql.query(
        `INSERT INTO office_hour_slots (lecturer_id, starts_at, ends_at, capacity, booked)
         VALUES ($1, $2, $2::timestamptz + interval '1 hour', 3, 1) RETURNING id`,
        [host.id, start],
      )) as { id: string }[];
      const [booking] = (await sql.query(
        `INSERT INTO bookings (slot_id, learner_id, status) VALUES ($1, $2, 'confirmed') RETURNING id`,
        [slot!.id, seeded!.id],
      )) as { id: string }[];
      return { slotId: slot!.id, bookingId: booking!.id };
    };
    const dueStart = wholeHourAhead(20);
    const laterStart = wholeHourAhead(120);
    const due = await insertBooking(dueStart);
    const later = await insertBooking(laterStart);

    await queue.add('office-hours.schedule-due', {});
    await queuesSettled(app);
    // 20 hours ahead: the 24-hour reminder's time has passed, the 15-minute one and the opening are ahead.
    expect(await delayedState(reminderJobId(due.bookingId, dueStart, '24h'))).toBeNull();
    expect(await delayedState(reminderJobId(due.bookingId, dueStart, '15m'))).toBe('delayed');
    expect(await delayedState(openRoomJobId(due.slotId, dueStart))).toBe('delayed');
    expect(await delayedState(reminderJobId(later.bookingId, laterStart, '15m'))).toBeNull();
    // Running again adds nothing new.
    const before = await queue.getJobCounts('delayed');
    await queue.add('office-hours.schedule-due', {});
    await queuesSettled(app);
    expect(await queue.getJobCounts('delayed')).toEqual(before);
  });

  it('opens no room for a slot nobody is booked in any more', async () => {
    const [leaver] = await people(app, 1, 'Leaver');
    const start = wholeHourAhead(40);
    const booking = (await book(app, leaver!, { lecturerId: host.id, start, question: 'Never asked' })).body;
    expect((await api().delete(`/api/bookings/${booking.id}`, { token: leaver!.token })).status).toBe(204);
    const [slot] = (await sql.query(`SELECT id FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`, [
      host.id,
      start,
    ])) as {
      id: string;
    }[];
    await queue.add('office-hours.open-room', { slotId: slot!.id, start });
    await queuesSettled(app);
    const [row] = (await sql.query(`SELECT room_id FROM office_hour_slots WHERE id = $1`, [slot!.id])) as {
      room_id: string | null;
    }[];
    expect(row!.room_id).toBeNull();
  });
});
