/**
 * A lecturer's availability as stored and as the contract shows it, the
 * defaults for what a request leaves out, and the checks a plain DTO cannot
 * make (end after start, no overlapping windows, extras clear of the week).
 */
import type {
  AvailabilityException,
  OfficeHours,
  UpdateOfficeHoursRequest,
  ValidationIssue,
  WeeklyWindow,
} from '@klasteris/contracts';

import { parseLocalDate, parseWallEnd, parseWallTime } from './zoned-time';

export const OFFICE_HOURS_DEFAULTS = {
  slotMinutes: 30,
  capacity: 1,
  minNoticeMinutes: 60,
  bookingHorizonDays: 60,
  cancelCutoffMinutes: 120,
} as const;

export interface OfficeHoursRow {
  lecturer_id: string;
  time_zone: string;
  weekly: WeeklyWindow[];
  exceptions: AvailabilityException[];
  slot_minutes: number;
  capacity: number;
  min_notice_minutes: number;
  booking_horizon_days: number;
  cancel_cutoff_minutes: number;
  updated_at: Date | null;
}

export const OFFICE_HOURS_COLUMNS = `lecturer_id, time_zone, weekly, exceptions, slot_minutes, capacity,
  min_notice_minutes, booking_horizon_days, cancel_cutoff_minutes, updated_at`;

export function toOfficeHours(row: OfficeHoursRow): OfficeHours {
  return {
    lecturerId: row.lecturer_id,
    timeZone: row.time_zone,
    weekly: row.weekly,
    exceptions: row.exceptions,
    slotMinutes: row.slot_minutes,
    capacity: row.capacity,
    minNoticeMinutes: row.min_notice_minutes,
    bookingHorizonDays: row.booking_horizon_days,
    cancelCutoffMinutes: row.cancel_cutoff_minutes,
    updatedAt: row.updated_at ? new Date(row.updated_at).toISOString() : null,
  };
}

/** What a lecturer without office hours sees: their profile's zone, no windows. */
export function defaultRow(lecturerId: string, timeZone: string): OfficeHoursRow {
  return {
    lecturer_id: lecturerId,
    time_zone: timeZone,
    weekly: [],
    exceptions: [],
    slot_minutes: OFFICE_HOURS_DEFAULTS.slotMinutes,
    capacity: OFFICE_HOURS_DEFAULTS.capacity,
    min_notice_minutes: OFFICE_HOURS_DEFAULTS.minNoticeMinutes,
    booking_horizon_days: OFFICE_HOURS_DEFAULTS.bookingHorizonDays,
    cancel_cutoff_minutes: OFFICE_HOURS_DEFAULTS.cancelCutoffMinutes,
    updated_at: null,
  };
}

/** The request, normalised (sorted, defaults filled), or the problems with it. */
export function normaliseAvailability(
  request: UpdateOfficeHoursRequest,
): { ok: true; value: Required<UpdateOfficeHoursRequest> } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const problem = (field: string, message: string) => issues.push({ field, messages: [message] });

  const weekly = request.weekly.map((window) => ({ weekday: window.weekday, start: window.start, end: window.end }));
  weekly.forEach((window, index) => {
    if (minutes(window.end, true) <= minutes(window.start)) problem(`weekly.${index}.end`, 'end must be after start');
  });
  for (let weekday = 1; weekday <= 7; weekday++) {
    const windows = weekly
      .map((window, index) => ({ ...window, index }))
      .filter((window) => window.weekday === weekday)
      .sort((a, b) => minutes(a.start) - minutes(b.start));
    windows.forEach((window, i) => {
      const previous = windows[i - 1];
      if (previous && minutes(window.start) < minutes(previous.end, true)) {
        problem(`weekly.${window.index}`, 'windows of the same weekday must not overlap');
      }
    });
  }

  const exceptions: AvailabilityException[] = (request.exceptions ?? []).map((exception) =>
    exception.kind === 'off'
      ? { date: exception.date, kind: 'off' }
      : { date: exception.date, kind: 'extra', start: exception.start, end: exception.end },
  );
  exceptions.forEach((exception, index) => {
    if (!parseLocalDate(exception.date)) problem(`exceptions.${index}.date`, 'date must be a real date "YYYY-MM-DD"');
    if (exception.kind !== 'extra') return;
    if (minutes(exception.end, true) <= minutes(exception.start))
      problem(`exceptions.${index}.end`, 'end must be after start');
    // Reported on the later of two overlapping extras.
    const clash = exceptions
      .slice(0, index)
      .some((other) => other.kind === 'extra' && other.date === exception.date && overlaps(other, exception));
    if (clash) problem(`exceptions.${index}`, 'extra windows of the same date must not overlap');
    const date = parseLocalDate(exception.date);
    if (date) {
      const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() || 7;
      const dayOff = exceptions.some((other) => other.kind === 'off' && other.date === exception.date);
      if (!dayOff && weekly.some((window) => window.weekday === weekday && overlaps(window, exception))) {
        problem(`exceptions.${index}`, 'an extra window must not overlap the weekly hours of that day');
      }
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      timeZone: request.timeZone,
      weekly: weekly.sort((a, b) => a.weekday - b.weekday || minutes(a.start) - minutes(b.start)),
      exceptions: exceptions.sort((a, b) => a.date.localeCompare(b.date)),
      slotMinutes: request.slotMinutes,
      capacity: request.capacity,
      minNoticeMinutes: request.minNoticeMinutes ?? OFFICE_HOURS_DEFAULTS.minNoticeMinutes,
      bookingHorizonDays: request.bookingHorizonDays ?? OFFICE_HOURS_DEFAULTS.bookingHorizonDays,
      cancelCutoffMinutes: request.cancelCutoffMinutes ?? OFFICE_HOURS_DEFAULTS.cancelCutoffMinutes,
    },
  };
}

function minutes(value: string, isEnd = false): number {
  return (isEnd ? parseWallEnd(value) : parseWallTime(value)) ?? Number.NaN;
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return minutes(a.start) < minutes(b.end, true) && minutes(b.start) < minutes(a.end, true);
}
