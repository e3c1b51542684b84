/** Bookings as the contract shows them, read with one query shape. */
import type { Booking, BookingStatus } from '@klasteris/contracts';

export const BOOKING_COLUMNS = `
  b.id, b.status, b.question, b.cancelled_by, b.cancel_message, b.created_at, b.revision, b.updated_at, b.slot_id,
  s.starts_at, s.ends_at, s.room_id, s.lecturer_id,
  CASE b.status
    WHEN 'confirmed' THEN s.starts_at - make_interval(mins => COALESCE(oh.cancel_cutoff_minutes, 0))
    WHEN 'waiting' THEN s.starts_at
  END AS changeable_until,
  lecturer.display_name AS lecturer_name, lecturer.time_zone AS lecturer_time_zone,
  b.learner_id, learner.display_name AS learner_name, learner_org.name AS learner_organisation,
  CASE WHEN b.status = 'waiting' THEN (
    SELECT count(*)::int FROM bookings w
     WHERE w.slot_id = b.slot_id AND w.status = 'waiting' AND (w.created_at, w.id) <= (b.created_at, b.id)
  ) END AS waiting_position`;

export const BOOKING_FROM = `bookings b
  JOIN office_hour_slots s ON s.id = b.slot_id
  JOIN users lecturer ON lecturer.id = s.lecturer_id
  LEFT JOIN office_hours oh ON oh.lecturer_id = s.lecturer_id
  JOIN users learner ON learner.id = b.learner_id
  LEFT JOIN organisations learner_org ON learner_org.id = learner.organisation_id`;

export interface BookingRow {
  id: string;
  status: BookingStatus;
  question: string | null;
  cancelled_by: 'learner' | 'lecturer' | null;
  cancel_message: string | null;
  created_at: Date;
  revision: number;
  updated_at: Date;
  slot_id: string;
  starts_at: Date;
  ends_at: Date;
  room_id: string | null;
  changeable_until: Date | null;
  lecturer_id: string;
  lecturer_name: string;
  lecturer_time_zone: string;
  learner_id: string;
  learner_name: string;
  learner_organisation: string | null;
  waiting_position: number | null;
}

export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    lecturer: { id: row.lecturer_id, displayName: row.lecturer_name, timeZone: row.lecturer_time_zone },
    learner: { id: row.learner_id, displayName: row.learner_name, organisationName: row.learner_organisation },
    start: new Date(row.starts_at).toISOString(),
    end: new Date(row.ends_at).toISOString(),
    status: row.status,
    question: row.question,
    waitingPosition: row.waiting_position,
    // The room is the slot's, and only for people still booked in it.
    roomId: row.status === 'confirmed' ? row.room_id : null,
    changeableUntil: row.changeable_until ? new Date(row.changeable_until).toISOString() : null,
    cancelledBy: row.cancelled_by,
    cancelMessage: row.cancel_message,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Where a booking leads in the web client. */
export const bookingLink = (bookingId: string) => `/office-hours/bookings/${bookingId}`;
