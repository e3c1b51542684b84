/**
 * What a person may do with a booking and when the list should look again:
 * whose side they are on (learner or lecturer), whether a learner may still
 * cancel or move it (and why not), and when the slot's room may have opened
 * (the API opens it at the start; the page fetches again then, and keeps
 * polling gently while a started slot has no room yet). Pure, unit-tested.
 */
import type { Booking, Uuid } from '@klasteris/contracts';

export type BookingSide = 'learner' | 'lecturer';

export function sideOf(booking: Booking, myId: Uuid | null): BookingSide {
  return booking.lecturer.id === myId ? 'lecturer' : 'learner';
}

export type LockReason = 'cancelled' | 'started' | 'cutoff';

/**
 * Why the learner can no longer cancel or move the booking, or null: the
 * server says until when (`changeableUntil`, the lecturer's cut-off); a
 * booking it already refused as too late is `refusedLate` (clocks differ).
 */
export function learnerLock(booking: Booking, now: number, options: { refusedLate?: boolean } = {}): LockReason | null {
  if (booking.status === 'cancelled') return 'cancelled';
  if (now >= Date.parse(booking.start)) return 'started';
  if (options.refusedLate) return 'cutoff';
  if (booking.changeableUntil !== null && now >= Date.parse(booking.changeableUntil)) return 'cutoff';
  return null;
}

/** While a started slot has no room yet, look this often. */
export const ROOM_POLL_MS = 15_000;
/** After the start, how long to keep looking for the room. */
export const ROOM_WAIT_MS = 10 * 60_000;
/** Timers further ahead than this are set again later (and a day is plenty for a page left open). */
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Milliseconds until the list should be fetched again for a room to appear,
 * or null when no booking is waiting for one: at the start of the next
 * confirmed booking without a room (a moment after, for the job to run),
 * then every ROOM_POLL_MS until the room is there or ROOM_WAIT_MS have passed.
 */
export function nextRoomCheck(bookings: readonly Booking[], now: number): number | null {
  let next: number | null = null;
  for (const booking of bookings) {
    if (booking.status !== 'confirmed' || booking.roomId !== null) continue;
    const start = Date.parse(booking.start);
    const end = Date.parse(booking.end);
    if (now >= end || now >= start + ROOM_WAIT_MS) continue;
    const delay = now >= start ? ROOM_POLL_MS : start - now + 2_000;
    next = next === null ? delay : Math.min(next, delay);
  }
  return next === null ? null : Math.min(next, MAX_DELAY_MS);
}
