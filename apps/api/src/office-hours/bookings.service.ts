/**
 * Booking, cancelling and moving places in office-hour slots, and the
 * waiting list. PostgreSQL keeps the promises across nodes:
 *
 * - a slot's row (made on its first booking) is locked `FOR UPDATE` by every
 *   change to its places, so concurrent requests take turns; its `booked`
 *   counter moves in the same transaction as the booking, and a CHECK keeps
 *   it within capacity whatever the code does;
 * - a partial unique index gives a person one place per slot;
 * - a freed place goes to the first person waiting (by time of joining) in
 *   the transaction that frees it, under the same lock, so two places freed
 *   at once go to two different people, each once;
 * - a move locks both slots (in id order, so two opposite moves cannot
 *   deadlock) and either takes the new place or changes nothing.
 *
 * Notifications and delayed jobs follow the commit.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Booking, Page } from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { isUniqueViolation } from '../accounts/unique-violation';
import { returnedRow } from '../programmes/returned-row';
import { AvailabilityService } from './availability.service';
import { BookingJobs, type ConfirmedPlace } from './booking-jobs';
import { type BookingNotice, BookingNotifications } from './booking-notifications';
import { BOOKING_COLUMNS, BOOKING_FROM, type BookingRow, toBooking } from './booking-view';
import { decodeBookingsCursor, encodeBookingsCursor } from './bookings-cursor';
import {
  alreadyInSlot,
  bookingCancelled,
  bookingNotFound,
  cutoffPassed,
  notASlot,
  slotStarted,
  slotTaken,
} from './office-hours.errors';
import type { GeneratedSlot } from './slot-generator';

/** A confirmed place given up by `releaseAllPlacesOf`. */
export interface ReleasedPlace {
  id: string;
  lecturer_id: string;
  starts_at: Date;
}

export interface NewBooking {
  lecturerId: string;
  start: string;
  question?: string;
  waitlist?: boolean;
}

interface LockedSlot {
  id: string;
  lecturer_id: string;
  starts_at: Date;
  capacity: number;
  booked: number;
}

interface BookingState {
  id: string;
  slot_id: string;
  learner_id: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
}

/** Who is changing a booking, as far as the rules care. */
type Actor = 'learner' | 'lecturer';

/** What a committed change leaves to do: notices and jobs. */
interface Aftermath {
  notices: BookingNotice[];
  /** Bookings that came off a waiting list; their notices need names, read after the commit. */
  promoted: string[];
  confirmed: ConfirmedPlace[];
  dropReminders: { bookingId: string; start: Date }[];
}

const SLOT_LOCK_ATTEMPTS = 3;

@Injectable()
export class BookingsService {
  private readonly logger = new Logger(BookingsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly availability: AvailabilityService,
    private readonly jobs: BookingJobs,
    private readonly notifications: BookingNotifications,
  ) {}

  async create(learner: AuthenticatedUser, input: NewBooking, now = new Date()): Promise<Booking> {
    if (input.lecturerId === learner.id) throw notASlot('lecturerId', 'you cannot book your own office hours');
    const start = new Date(input.start);
    const { slot, hours } = await this.availability.bookableSlot(input.lecturerId, start, 'start', now);
    const slotId = await this.ensureSlotRow(input.lecturerId, slot, hours.capacity);

    let created: { id: string; status: 'confirmed' | 'waiting' };
    try {
      created = await this.db.transaction(async (manager) => {
        const [locked] = await this.lockSlots(manager, [slotId]);
        if (!locked) throw new Error(`Slot ${slotId} vanished`);
        if (await this.holdsPlace(manager, slotId, learner.id)) throw alreadyInSlot();
        const status = locked.booked < locked.capacity ? 'confirmed' : input.waitlist ? 'waiting' : null;
        if (status === null) throw slotTaken();
        if (status === 'confirmed')
          await manager.query(`UPDATE office_hour_slots SET booked = booked + 1 WHERE id = $1`, [slotId]);
        const row = returnedRow(
          (await manager.query(
            `INSERT INTO bookings (slot_id, learner_id, status, question) VALUES ($1, $2, $3, $4) RETURNING id`,
            [slotId, learner.id, status, input.question ?? null],
          )) as { id: string }[],
        );
        return { id: row.id, status };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'bookings_one_place_per_slot')) throw alreadyInSlot();
      throw error;
    }

    const booking = await this.view(created.id);
    if (created.status === 'confirmed') {
      await this.after({
        notices: confirmedNotices(booking, 'confirmed'),
        promoted: [],
        confirmed: [{ bookingId: booking.id, slotId, start: slot.start }],
        dropReminders: [],
      });
    }
    return booking;
  }

  /**
   * The learner until the cut-off (a place on the waiting list may be left
   * until the start), the slot's lecturer or an admin at any time. A freed
   * place goes to the first person waiting. Cancelling twice changes nothing.
   */
  async cancel(
    user: AuthenticatedUser,
    bookingId: string,
    message: string | undefined,
    now = new Date(),
  ): Promise<void> {
    const aftermath = await this.withSlotLocked(bookingId, async (manager, booking, slot) => {
      const actor = this.actorOf(user, booking, slot);
      if (booking.status === 'cancelled') return null;
      if (actor === 'learner') await this.assertLearnerMayChange(manager, booking, slot, now);
      await manager.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_by = $2, cancel_message = $3, cancelled_at = now(),
                revision = revision + 1, updated_at = now()
          WHERE id = $1`,
        [booking.id, actor, actor === 'lecturer' ? (message ?? null) : null],
      );
      const aftermath: Aftermath = { notices: [], promoted: [], confirmed: [], dropReminders: [] };
      if (booking.status === 'confirmed') {
        await manager.query(`UPDATE office_hour_slots SET booked = booked - 1 WHERE id = $1`, [slot.id]);
        aftermath.dropReminders.push({ bookingId: booking.id, start: slot.starts_at });
        await this.promoteFirstWaiting(manager, slot, now, aftermath);
      }
      return { aftermath, actor };
    });
    if (!aftermath) return;
    const booking = await this.view(bookingId);
    aftermath.aftermath.notices.push(
      aftermath.actor === 'lecturer'
        ? { ...noticeBase(booking, 'learner'), change: 'cancelled', message: booking.cancelMessage }
        : { ...noticeBase(booking, 'lecturer'), change: 'cancelled' },
    );
    await this.after(aftermath.aftermath);
  }

  /**
   * Moves a booking to another slot of the same lecturer, in one
   * transaction: the new place is taken (confirmed) or nothing changes and
   * SLOT_TAKEN says why. The place left behind goes to the first waiting.
   */
  async reschedule(user: AuthenticatedUser, bookingId: string, startIso: string, now = new Date()): Promise<Booking> {
    const current = await this.visibleRow(user, bookingId);
    if (current.status === 'cancelled') throw bookingCancelled();
    const start = new Date(startIso);
    if (start.getTime() === new Date(current.starts_at).getTime()) return toBooking(current);
    const { slot, hours } = await this.availability.bookableSlot(current.lecturer_id, start, 'start', now);
    const newSlotId = await this.ensureSlotRow(current.lecturer_id, slot, hours.capacity);

    const result = await this.moveUnderLock(user, bookingId, newSlotId, slot, now);
    const booking = await this.view(bookingId);
    result.aftermath.notices.push({
      ...noticeBase(booking, result.actor === 'learner' ? 'lecturer' : 'learner'),
      change: 'rescheduled',
    });
    await this.after(result.aftermath);
    return booking;
  }

  private async moveUnderLock(
    user: AuthenticatedUser,
    bookingId: string,
    newSlotId: string,
    slot: GeneratedSlot,
    now: Date,
  ): Promise<{ aftermath: Aftermath; actor: Actor }> {
    try {
      return await this.withSlotLocked(
        bookingId,
        async (manager, booking, oldSlot, locked) => {
          const actor = this.actorOf(user, booking, oldSlot);
          if (booking.status === 'cancelled') throw bookingCancelled();
          if (actor === 'learner') await this.assertLearnerMayChange(manager, booking, oldSlot, now);
          const target = locked.find((candidate) => candidate.id === newSlotId);
          if (!target) throw new Error(`Slot ${newSlotId} vanished`);
          if (await this.holdsPlace(manager, newSlotId, booking.learner_id)) throw alreadyInSlot();
          if (target.booked >= target.capacity) throw slotTaken();
          await manager.query(
            `UPDATE bookings SET slot_id = $2, status = 'confirmed', revision = revision + 1, updated_at = now() WHERE id = $1`,
            [booking.id, newSlotId],
          );
          await manager.query(`UPDATE office_hour_slots SET booked = booked + 1 WHERE id = $1`, [newSlotId]);
          const aftermath: Aftermath = {
            notices: [],
            promoted: [],
            confirmed: [{ bookingId: booking.id, slotId: newSlotId, start: slot.start }],
            dropReminders: [],
          };
          if (booking.status === 'confirmed') {
            await manager.query(`UPDATE office_hour_slots SET booked = booked - 1 WHERE id = $1`, [oldSlot.id]);
            aftermath.dropReminders.push({ bookingId: booking.id, start: oldSlot.starts_at });
            await this.promoteFirstWaiting(manager, oldSlot, now, aftermath);
          }
          return { aftermath, actor };
        },
        [newSlotId],
      );
    } catch (error) {
      // A second place in the target slot, should the checks above ever be raced.
      if (isUniqueViolation(error, 'bookings_one_place_per_slot')) throw alreadyInSlot();
      throw error;
    }
  }

  /** One booking, for its learner, the slot's lecturer, or an admin. */
  async get(user: AuthenticatedUser, bookingId: string): Promise<Booking> {
    return toBooking(await this.visibleRow(user, bookingId));
  }

  /** The person's bookings as learner and of their slots as lecturer; upcoming soonest first, or past latest first. */
  async list(
    user: AuthenticatedUser,
    options: { past?: boolean; cursor?: string; limit?: number },
  ): Promise<Page<Booking>> {
    const limit = options.limit ?? 50;
    const past = options.past === true;
    const after = options.cursor ? decodeBookingsCursor(options.cursor) : null;
    const rows = (await this.db.query(
      `SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM}
        WHERE (b.learner_id = $1 OR s.lecturer_id = $1)
          AND ${past ? 's.ends_at <= now()' : 's.ends_at > now()'}
          AND ($2::timestamptz IS NULL OR (s.starts_at, b.id) ${past ? '<' : '>'} ($2, $3::uuid))
        ORDER BY s.starts_at ${past ? 'DESC' : 'ASC'}, b.id ${past ? 'DESC' : 'ASC'}
        LIMIT $4`,
      [user.id, after?.start ?? null, after?.id ?? null, limit + 1],
    )) as BookingRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toBooking),
      nextCursor:
        rows.length > limit && last
          ? encodeBookingsCursor({ start: new Date(last.starts_at).toISOString(), id: last.id })
          : null,
    };
  }

  async view(bookingId: string): Promise<Booking> {
    const [row] = (await this.db.query(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [
      bookingId,
    ])) as BookingRow[];
    if (!row) throw bookingNotFound();
    return toBooking(row);
  }

  private async visibleRow(user: AuthenticatedUser, bookingId: string): Promise<BookingRow> {
    const [row] = (await this.db.query(`SELECT ${BOOKING_COLUMNS} FROM ${BOOKING_FROM} WHERE b.id = $1`, [
      bookingId,
    ])) as BookingRow[];
    if (!row || (row.learner_id !== user.id && row.lecturer_id !== user.id && user.role !== 'admin'))
      throw bookingNotFound();
    return row;
  }

  /** The slot's row, made (empty, with today's capacity) on its first booking, outside any lock order. */
  private async ensureSlotRow(lecturerId: string, slot: GeneratedSlot, capacity: number): Promise<string> {
    const made = (await this.db.query(
      `INSERT INTO office_hour_slots (lecturer_id, starts_at, ends_at, capacity) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lecturer_id, starts_at) DO NOTHING RETURNING id`,
      [lecturerId, slot.start, slot.end, capacity],
    )) as { id: string }[];
    if (made[0]) return made[0].id;
    // Made by a concurrent request: a new statement sees it once that one committed, as ON CONFLICT waited for.
    const [existing] = (await this.db.query(
      `SELECT id FROM office_hour_slots WHERE lecturer_id = $1 AND starts_at = $2`,
      [lecturerId, slot.start],
    )) as { id: string }[];
    if (!existing) throw new Error(`The slot row of ${lecturerId} at ${slot.start.toISOString()} vanished`);
    return existing.id;
  }

  /** Locks slot rows in id order (the one lock order everywhere) and returns them. */
  private async lockSlots(manager: EntityManager, slotIds: string[]): Promise<LockedSlot[]> {
    return (await manager.query(
      `SELECT id, lecturer_id, starts_at, capacity, booked FROM office_hour_slots WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [slotIds],
    )) as LockedSlot[];
  }

  /**
   * Runs `change` in a transaction holding the lock of the booking's slot
   * (and of `otherSlotIds`), with the booking as it is under that lock. A
   * booking moved meanwhile is read again, under its new slot's lock.
   */
  private async withSlotLocked<T>(
    bookingId: string,
    change: (manager: EntityManager, booking: BookingState, slot: LockedSlot, locked: LockedSlot[]) => Promise<T>,
    otherSlotIds: string[] = [],
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const [seen] = (await this.db.query(`SELECT slot_id FROM bookings WHERE id = $1`, [bookingId])) as {
        slot_id: string;
      }[];
      if (!seen) throw bookingNotFound();
      const outcome = await this.db.transaction(async (manager) => {
        const locked = await this.lockSlots(manager, [...new Set([seen.slot_id, ...otherSlotIds])]);
        const [booking] = (await manager.query(
          `SELECT id, slot_id, learner_id, status FROM bookings WHERE id = $1 FOR UPDATE`,
          [bookingId],
        )) as BookingState[];
        if (!booking) throw bookingNotFound();
        if (booking.slot_id !== seen.slot_id) return { moved: true as const };
        const slot = locked.find((candidate) => candidate.id === booking.slot_id);
        if (!slot) throw new Error(`Slot ${booking.slot_id} vanished`);
        return { moved: false as const, value: await change(manager, booking, slot, locked) };
      });
      if (!outcome.moved) return outcome.value;
      if (attempt >= SLOT_LOCK_ATTEMPTS) throw bookingNotFound();
    }
  }

  private actorOf(user: AuthenticatedUser, booking: BookingState, slot: LockedSlot): Actor {
    if (slot.lecturer_id === user.id || user.role === 'admin') return 'lecturer';
    if (booking.learner_id === user.id) return 'learner';
    throw bookingNotFound();
  }

  private async assertLearnerMayChange(
    manager: EntityManager,
    booking: BookingState,
    slot: LockedSlot,
    now: Date,
  ): Promise<void> {
    const startMs = new Date(slot.starts_at).getTime();
    if (now.getTime() >= startMs) throw slotStarted();
    if (booking.status !== 'confirmed') return;
    const [hours] = (await manager.query(`SELECT cancel_cutoff_minutes FROM office_hours WHERE lecturer_id = $1`, [
      slot.lecturer_id,
    ])) as { cancel_cutoff_minutes: number }[];
    const cutoff = hours?.cancel_cutoff_minutes ?? 0;
    if (now.getTime() > startMs - cutoff * 60_000) throw cutoffPassed(cutoff);
  }

  private async holdsPlace(manager: EntityManager, slotId: string, learnerId: string): Promise<boolean> {
    const [row] = (await manager.query(
      `SELECT 1 FROM bookings WHERE slot_id = $1 AND learner_id = $2 AND status <> 'cancelled'`,
      [slotId, learnerId],
    )) as unknown[];
    return row !== undefined;
  }

  /**
   * For account erasure, inside its transaction: the person's confirmed
   * places that `cancel` refused (cut-off or start passed) are released all
   * the same, by the usual rule: the slots are locked in id order, each
   * count goes down, and in a slot not yet started the first people waiting
   * take the freed places. Announce the promotions with `announcePromoted`
   * after the commit.
   */
  async releaseAllPlacesOf(
    manager: EntityManager,
    learnerId: string,
    now = new Date(),
  ): Promise<{ released: ReleasedPlace[]; promoted: ConfirmedPlace[] }> {
    const slots = (await manager.query(
      `SELECT id, lecturer_id, starts_at, capacity, booked FROM office_hour_slots
        WHERE id IN (SELECT slot_id FROM bookings WHERE learner_id = $1 AND status = 'confirmed')
        ORDER BY id FOR UPDATE`,
      [learnerId],
    )) as LockedSlot[];
    // TypeORM answers an UPDATE with [rows, affected].
    const [released] = (await manager.query(
      `UPDATE bookings b SET status = 'cancelled', cancelled_by = 'learner', cancelled_at = now(),
              revision = revision + 1, updated_at = now()
         FROM office_hour_slots s
        WHERE s.id = b.slot_id AND b.learner_id = $1 AND b.status = 'confirmed'
        RETURNING b.id, b.slot_id, s.lecturer_id, s.starts_at`,
      [learnerId],
    )) as [(ReleasedPlace & { slot_id: string })[], number];
    const aftermath: Aftermath = { notices: [], promoted: [], confirmed: [], dropReminders: [] };
    for (const slot of slots) {
      const freed = released.filter((place) => place.slot_id === slot.id).length;
      if (freed === 0) continue;
      await manager.query(`UPDATE office_hour_slots SET booked = booked - $2 WHERE id = $1`, [slot.id, freed]);
      for (let place = 0; place < freed; place++) await this.promoteFirstWaiting(manager, slot, now, aftermath);
    }
    return {
      released: released.map(({ id, lecturer_id, starts_at }) => ({ id, lecturer_id, starts_at })),
      promoted: aftermath.confirmed,
    };
  }

  /** After the commit of `releaseAllPlacesOf`: what follows a promotion, as after a cancellation here. */
  async announcePromoted(promoted: ConfirmedPlace[]): Promise<void> {
    if (promoted.length === 0) return;
    await this.after({
      notices: [],
      promoted: promoted.map((place) => place.bookingId),
      confirmed: promoted,
      dropReminders: [],
    });
  }

  /** Under the slot's lock: the first person waiting takes the freed place (none once the slot has started). */
  private async promoteFirstWaiting(
    manager: EntityManager,
    slot: LockedSlot,
    now: Date,
    aftermath: Aftermath,
  ): Promise<void> {
    if (new Date(slot.starts_at).getTime() <= now.getTime()) return;
    // TypeORM answers an UPDATE with [rows, affected].
    const [[first]] = (await manager.query(
      `UPDATE bookings SET status = 'confirmed', revision = revision + 1, updated_at = now()
        WHERE id = (SELECT id FROM bookings WHERE slot_id = $1 AND status = 'waiting' ORDER BY created_at, id LIMIT 1)
        RETURNING id`,
      [slot.id],
    )) as [{ id: string }[], number];
    if (!first) return;
    await manager.query(`UPDATE office_hour_slots SET booked = booked + 1 WHERE id = $1`, [slot.id]);
    aftermath.confirmed.push({ bookingId: first.id, slotId: slot.id, start: new Date(slot.starts_at) });
    aftermath.promoted.push(first.id);
  }

  private async after(aftermath: Aftermath): Promise<void> {
    const notices = [...aftermath.notices];
    for (const bookingId of aftermath.promoted)
      notices.push(...confirmedNotices(await this.view(bookingId), 'promoted'));
    await Promise.all([
      this.notifications.send(notices),
      ...aftermath.dropReminders.map((drop) => this.jobs.dropReminders(drop.bookingId, drop.start)),
    ]);
    // The change is committed; a failure to enqueue is logged, not turned into an error for a booking that succeeded.
    try {
      await this.jobs.schedule(aftermath.confirmed);
    } catch (error) {
      this.logger.error(
        `Could not schedule the jobs of bookings ${aftermath.confirmed.map((place) => place.bookingId).join(', ')}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

/** A notice about this booking for its learner or its lecturer, naming the other person. */
function noticeBase(booking: Booking, recipient: 'learner' | 'lecturer'): Omit<BookingNotice, 'change'> {
  return {
    subject: booking.id,
    bookingId: booking.id,
    recipientId: recipient === 'learner' ? booking.learner.id : booking.lecturer.id,
    personName: recipient === 'learner' ? booking.lecturer.displayName : booking.learner.displayName,
    start: new Date(booking.start),
  };
}

/** A new confirmed place: the learner hears it is confirmed (or came from the waiting list), the lecturer that it is booked. */
function confirmedNotices(booking: Booking, change: 'confirmed' | 'promoted'): BookingNotice[] {
  return [
    { ...noticeBase(booking, 'learner'), change },
    { ...noticeBase(booking, 'lecturer'), change: 'booked' },
  ];
}
