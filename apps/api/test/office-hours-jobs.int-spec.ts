/**
 * Office-hour jobs through the real queues, on both backends: the delayed
 * reminders and room opening a booking schedules, what a cancelled or moved
 * booking gets (nothing for the old time, whether or not its delayed jobs
 * were removed), the waiting list's promotions notified once each, the
 * consultation room that opens at the slot's start with the booking
 * questions in its Q&A queue, and its end a grace period after the slot's
 * end (live for everyone in it, once, and not over a lecturer's own end).
 * Jobs are run now, as the queue would at their time, instead of waiting
 * for the clock.
 */
import { randomUUID } from 'node:crypto';

import { getQueueToken } from '@nestjs/bullmq';
import type { Booking, Consultation, JobPayloads, Page, Question } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { endRoomJobId, openRoomJobId, reminderJobId, SLOT_ROOM_GRACE_MINUTES } from '../src/office-hours/booking-jobs';
import { EndSlotRoomJob } from '../src/office-hours/end-slot-room.job';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, type LiveClient, nextEvent, pause } from './support/live-client';
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

  async function slotAt(lecturerId: string, start: string): Promise<{ id: string; end: string }> {
    const [slot] = (await sql.query(
      `SELECT id, ends_at FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`,
      [lecturerId, start],
    )) as { id: string; ends_at: Date }[];
    return { id: slot!.id, end: new Date(slot!.ends_at).toISOString() };
  }

  /** Books the learners into a slot and runs its opening through the queue, as at the slot's start. */
  async function openedSlotRoom(teacher: Person, learners: Person[], start: string) {
    for (const learner of learners) {
      expect((await book(app, learner, { lecturerId: teacher.id, start })).status).toBe(201);
    }
    const slot = await slotAt(teacher.id, start);
    await queue.add('office-hours.open-room', { slotId: slot.id, start });
    await queuesSettled(app);
    const roomId = await eventually('room opened', async () => {
      const [row] = (await sql.query(`SELECT room_id FROM office_hour_slots WHERE id = $1`, [slot.id])) as {
        room_id: string | null;
      }[];
      return row?.room_id;
    });
    return { ...slot, roomId };
  }

  const sockets: LiveClient[] = [];
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));

  async function joined(who: Person, roomId: string): Promise<LiveClient> {
    const socket = liveClient(app.baseUrl, who.token);
    sockets.push(socket);
    await connected(socket);
    const ack = await emitWithAck(socket, 'room:join', { roomId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return socket;
  }

  /** Runs a slot room's delayed end now, as the queue would once the grace period after the slot has passed. */
  async function runDelayedEnd(slot: { id: string; end: string }): Promise<void> {
    const job = await queue.getJob(endRoomJobId(slot.id, slot.end));
    expect(await job?.getState()).toBe('delayed');
    await job!.promote();
    await queuesSettled(app);
  }

  const consultation = async (roomId: string, who: Person) =>
    (await api().get<Consultation>(`/api/consultations/${roomId}`, { token: who.token })).body;

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
    // Its end is scheduled as it opens: the grace period after the slot's end (an hour after its start).
    const end = new Date(Date.parse(start) + 3600_000).toISOString();
    const ending = await queue.getJob(endRoomJobId(slot!.id, end));
    expect(await ending?.getState()).toBe('delayed');
    expect(ending!.data).toEqual({ slotId: slot!.id, end });
    expect(
      Math.abs(ending!.timestamp + ending!.delay - (Date.parse(end) + SLOT_ROOM_GRACE_MINUTES * 60_000)),
    ).toBeLessThan(10_000);

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

  it('opens no room when its job runs so late that the room would already have ended', async () => {
    const [late] = await people(app, 1, 'Late Learner');
    const start = wholeHourAhead(44);
    expect((await book(app, late!, { lecturerId: host.id, start })).status).toBe(201);
    const slot = await slotAt(host.id, start);
    // As if the workers had been down since well before the slot: it ended two hours ago.
    await sql.query(
      `UPDATE office_hour_slots SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' WHERE id = $1`,
      [slot.id],
    );
    await queue.add('office-hours.open-room', { slotId: slot.id, start });
    await queuesSettled(app);
    const [row] = (await sql.query(`SELECT room_id FROM office_hour_slots WHERE id = $1`, [slot.id])) as {
      room_id: string | null;
    }[];
    expect(row!.room_id).toBeNull();
    expect(await bookingKeys(late!.id, 'booking-room_open:%')).toEqual([]);
  });

  it('ends the slot’s room by itself after the slot: live for everyone in it, read-only as after a lecturer’s end, and once', async () => {
    const teacher = await lecturer(app, 'Ending Lecturer', 'Europe/Vilnius');
    await putHours(app, teacher, ROUND_THE_CLOCK(3));
    const [learner, other] = await people(app, 2, 'Ending');
    const slot = await openedSlotRoom(teacher, [learner!, other!], wholeHourAhead(44));
    const learnerSocket = await joined(learner!, slot.roomId);
    const lecturerSocket = await joined(teacher, slot.roomId);
    expect(
      await emitWithAck(learnerSocket, 'message:send', {
        roomId: slot.roomId,
        body: 'Dar vienas klausimas',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    const toLearner = collect(learnerSocket, 'consultation:updated');
    const toLecturer = nextEvent(lecturerSocket, 'consultation:updated');

    // The grace period after the slot has passed: the delayed job runs, and a doubled one beside it.
    await queue.add('office-hours.end-room', { slotId: slot.id, end: slot.end });
    await runDelayedEnd(slot);
    await eventually('learner told', async () => toLearner.length > 0);
    expect(toLearner[0]!.consultation).toMatchObject({
      id: slot.roomId,
      state: 'ended',
      locked: true,
      canPresent: false,
    });
    expect((await toLecturer).consultation).toMatchObject({ id: slot.roomId, state: 'ended', canPresent: true });
    const ended = await consultation(slot.roomId, learner!);
    expect(ended).toMatchObject({ state: 'ended', locked: true });
    expect(ended.endedAt).not.toBeNull();

    // Read-only, as after a lecturer's end.
    expect(
      await emitWithAck(learnerSocket, 'message:send', {
        roomId: slot.roomId,
        body: 'Ačiū!',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'ROOM_LOCKED' } });
    expect(
      await emitWithAck(learnerSocket, 'question:ask', {
        roomId: slot.roomId,
        body: 'Ar dar?',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Nobody's list shows it live any more.
    for (const who of [learner!, other!, teacher]) {
      const live = await api().get<Page<Consultation>>('/api/consultations', { token: who.token });
      expect(live.body.items.map((item) => item.id)).not.toContain(slot.roomId);
    }

    // Running it again changes nothing and announces nothing.
    await queue.add('office-hours.end-room', { slotId: slot.id, end: slot.end });
    await queuesSettled(app);
    expect(await app.app.get(EndSlotRoomJob).endRoom(slot.id, slot.end)).toBe(false);
    await pause(300);
    expect(toLearner).toHaveLength(1);
    expect((await consultation(slot.roomId, learner!)).endedAt).toBe(ended.endedAt);
  });

  it('leaves a slot room the lecturer ended by hand as it is', async () => {
    const teacher = await lecturer(app, 'Early Lecturer', 'Europe/Oslo');
    await putHours(app, teacher, ROUND_THE_CLOCK(1));
    const [learner] = await people(app, 1, 'Early');
    const slot = await openedSlotRoom(teacher, [learner!], wholeHourAhead(46));
    const learnerSocket = await joined(learner!, slot.roomId);
    const byHand = nextEvent(learnerSocket, 'consultation:updated');
    const ended = await api().post<Consultation>(`/api/consultations/${slot.roomId}/end`, undefined, {
      token: teacher.token,
    });
    expect(ended).toMatchObject({ status: 200, body: { state: 'ended' } });
    await byHand;
    const after = collect(learnerSocket, 'consultation:updated');

    await runDelayedEnd(slot);
    expect(await app.app.get(EndSlotRoomJob).endRoom(slot.id, slot.end)).toBe(false);
    await pause(300);
    expect(after).toEqual([]);
    expect(await consultation(slot.roomId, learner!)).toMatchObject({ state: 'ended', endedAt: ended.body.endedAt });
  });

  it('gives a live slot room whose end job was lost a new one in the sweep, and none to an ended room', async () => {
    const teacher = await lecturer(app, 'Sweeping Lecturer', 'Europe/Vilnius');
    await putHours(app, teacher, ROUND_THE_CLOCK(1));
    const [first, second] = await people(app, 2, 'Swept');
    const live = await openedSlotRoom(teacher, [first!], wholeHourAhead(50));
    const endedByHand = await openedSlotRoom(teacher, [second!], wholeHourAhead(52));
    expect(
      (await api().post(`/api/consultations/${endedByHand.roomId}/end`, undefined, { token: teacher.token })).status,
    ).toBe(200);
    for (const slot of [live, endedByHand]) {
      await queue.remove(endRoomJobId(slot.id, slot.end));
      expect(await delayedState(endRoomJobId(slot.id, slot.end))).toBeNull();
    }

    await queue.add('office-hours.schedule-due', {});
    await queuesSettled(app);
    expect(await delayedState(endRoomJobId(live.id, live.end))).toBe('delayed');
    expect(await delayedState(endRoomJobId(endedByHand.id, endedByHand.end))).toBeNull();
    expect(await consultation(live.roomId, first!)).toMatchObject({ state: 'live' });
  });
});
