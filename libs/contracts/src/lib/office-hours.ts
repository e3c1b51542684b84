/**
 * Office hours: a lecturer's weekly availability in their own IANA time zone,
 * the bookable slots it yields (always UTC over the API), bookings with a
 * waiting list, and the personal calendar feed.
 */
import type { IsoDateTime, Uuid } from './common';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A window on a weekday, wall-clock time in the lecturer's zone ("HH:mm", end after start). */
export interface WeeklyWindow {
  weekday: Weekday;
  start: string;
  end: string;
}

/** A change to one date (in the lecturer's zone): a day off, or an extra one-off window. */
export type AvailabilityException =
  | { date: string; kind: 'off' }
  | { date: string; kind: 'extra'; start: string; end: string };

/** `PUT /api/office-hours` body. */
export interface UpdateOfficeHoursRequest {
  timeZone: string;
  weekly: WeeklyWindow[];
  slotMinutes: number;
  /** 1 for one-to-one, more for group slots. */
  capacity: number;
  exceptions?: AvailabilityException[];
  /** A slot can be booked no later than this many minutes before it starts. */
  minNoticeMinutes?: number;
  /** Booking opens this many days ahead. */
  bookingHorizonDays?: number;
  /** A learner may cancel or move a booking until this many minutes before it starts. */
  cancelCutoffMinutes?: number;
}

/** `GET /api/office-hours` (the caller's) and `PUT` result. */
export interface OfficeHours extends Required<UpdateOfficeHoursRequest> {
  lecturerId: Uuid;
  updatedAt: IsoDateTime | null;
}

/** `GET /api/lecturers` → Page of these: who holds office hours. */
export interface LecturerSummary {
  id: Uuid;
  displayName: string;
  organisationName: string | null;
  timeZone: string;
  hasOfficeHours: boolean;
}

/** `GET /api/lecturers/:id/slots?from=&to=` → an array of these, UTC, in order. */
export interface Slot {
  start: IsoDateTime;
  end: IsoDateTime;
  /** Places left (0 = full; a full slot takes a waiting list). */
  remaining: number;
  capacity: number;
  /** People on the waiting list. */
  waiting: number;
}

export type BookingStatus = 'confirmed' | 'waiting' | 'cancelled';

export interface Booking {
  id: Uuid;
  lecturer: { id: Uuid; displayName: string; timeZone: string };
  learner: { id: Uuid; displayName: string; organisationName: string | null };
  start: IsoDateTime;
  end: IsoDateTime;
  status: BookingStatus;
  /** What the learner wants to ask, written when booking. */
  question: string | null;
  /** 1-based place on the waiting list while `waiting`. */
  waitingPosition: number | null;
  /** The slot's consultation room (its id), once it has opened at the slot's start. */
  roomId: Uuid | null;
  /**
   * Until when the learner may cancel or move it: the lecturer's cut-off
   * before the start for a confirmed place, the start for a waiting one;
   * null once cancelled. The lecturer may cancel at any time.
   */
  changeableUntil: IsoDateTime | null;
  cancelledBy: 'learner' | 'lecturer' | null;
  cancelMessage: string | null;
  createdAt: IsoDateTime;
}

/** `POST /api/bookings` → 201 Booking, or 409 SLOT_TAKEN (unless `waitlist`, which queues instead). */
export interface CreateBookingRequest {
  lecturerId: Uuid;
  start: IsoDateTime;
  question?: string;
  /** Join the waiting list when the slot is full. */
  waitlist?: boolean;
}

/** `PATCH /api/bookings/:id` → 200 Booking; atomic: the new slot is taken or the old one kept. */
export interface RescheduleBookingRequest {
  start: IsoDateTime;
}

/** `DELETE /api/bookings/:id` optional body; a lecturer's message to the learner. */
export interface CancelBookingRequest {
  message?: string;
}

/** `GET /api/calendar/feed` and `POST /api/calendar/feed` (regenerate): the personal feed address. */
export interface CalendarFeed {
  url: string;
}
