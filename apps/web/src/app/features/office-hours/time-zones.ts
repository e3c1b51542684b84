/**
 * Wall-clock time in IANA time zones, through Intl only (no date library):
 * what a UTC instant reads on a clock in a zone, which instant a wall time
 * on a date is (or none, on the night clocks spring forward), calendar
 * dates and weeks, and slots grouped by the date they fall on in a zone.
 * Pure, so the daylight-saving edges are unit-tested (time-zones.spec.ts).
 */
import type { Locale, Weekday } from '@klasteris/contracts';

import { INTL_LOCALES } from '../../core/i18n/date-time-format';

/** The zones of the programme's people, offered first in every zone picker. */
export const PREFERRED_TIME_ZONES: readonly string[] = ['Europe/Vilnius', 'Europe/Oslo'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const WEEKDAYS: Readonly<Record<string, Weekday>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** What a clock in a zone shows at an instant. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  weekday: Weekday;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clock(timeZone: string): Intl.DateTimeFormat {
  let formatter = clocks.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    clocks.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone Intl knows (`Europe/Oslo`), false for anything else. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    clock(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An unknown zone reads as UTC rather than failing, as in core/i18n/date-time-format.ts. */
function safeZone(timeZone: string): string {
  return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}

interface ClockParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

function partsAt(instant: number, timeZone: string): ClockParts {
  const parts = clock(safeZone(timeZone)).formatToParts(new Date(instant));
  const text = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    year: Number(text('year')),
    month: Number(text('month')),
    day: Number(text('day')),
    hour: Number(text('hour')) % 24,
    minute: Number(text('minute')),
    second: Number(text('second')),
    weekday: WEEKDAYS[text('weekday')] ?? 1,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

function toInstant(value: string | number | Date): number {
  return typeof value === 'number' ? value : new Date(value).getTime();
}

/** `2026-03-29T08:00:00Z` in `Europe/Oslo` → `{date: '2026-03-29', time: '10:00', weekday: 7}`. */
export function wallClockAt(value: string | number | Date, timeZone: string): WallClock {
  const parts = partsAt(toInstant(value), timeZone);
  return {
    date: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`,
    time: `${pad(parts.hour)}:${pad(parts.minute)}`,
    weekday: parts.weekday,
  };
}

/** The wall time alone, `HH:mm` (24-hour, the same in both interface languages). */
export function wallTime(value: string | number | Date, timeZone: string): string {
  return wallClockAt(value, timeZone).time;
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = partsAt(instant, timeZone);
  const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return shown - Math.floor(instant / 1000) * 1000;
}

/** `HH:mm` → minutes after midnight, or null when it is not a time of day. */
export function minutesOfDay(time: string): number | null {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** What a person typed as a time, tidied: `9:00`, `9.00` and ` 09:00 ` become `09:00`; anything else is left as typed. */
export function tidyWallTime(text: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : text;
}

/** The end of a window: `HH:mm`, or `24:00` for the end of the day. */
export function endMinutesOfDay(time: string): number | null {
  return time === '24:00' ? 24 * 60 : minutesOfDay(time);
}

/** Minutes after midnight → `HH:mm`. */
export function timeOfDay(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` calendar date, or null when it is not a real date. */
function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return utc / DAY_MS;
}

function dateOfDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== null;
}

/**
 * The instant a wall time on a date is in a zone, in milliseconds, or null
 * when that wall time does not exist there (skipped when the clocks spring
 * forward) or the date or time is not real. A wall time that happens twice
 * (when the clocks fall back) is its first occurrence.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number | null {
  const days = dayNumber(date);
  const minutes = minutesOfDay(time);
  if (days === null || minutes === null) return null;
  const wall = days * DAY_MS + minutes * MINUTE_MS;
  // A zone changes its offset at most once in two days, so the offsets a day either side are the only candidates.
  const candidates = [wall - offsetAt(wall - DAY_MS, timeZone), wall - offsetAt(wall + DAY_MS, timeZone)];
  const matching = candidates.filter((instant) => instant + offsetAt(instant, timeZone) === wall).sort((a, b) => a - b);
  return matching[0] ?? null;
}

/** A calendar date plus some days: `addDays('2026-03-31', 1)` → `2026-04-01`. */
export function addDays(date: string, days: number): string {
  const start = dayNumber(date);
  if (start === null) throw new Error(`Not a date: ${date}`);
  return dateOfDayNumber(start + days);
}

/** ISO weekday of a calendar date (1 = Monday … 7 = Sunday). */
export function isoWeekday(date: string): Weekday {
  const days = dayNumber(date);
  if (days === null) throw new Error(`Not a date: ${date}`);
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Monday to Sunday of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** Today's date on a clock in the zone. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  return wallClockAt(now, timeZone).date;
}

/**
 * The first instant of a date in a zone. Midnight itself may be skipped
 * (some zones change their clocks at 00:00), so the first wall time that
 * exists counts.
 */
export function startOfDay(date: string, timeZone: string): number {
  for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
    const instant = zonedInstant(date, timeOfDay(minutes), timeZone);
    if (instant !== null) return instant;
  }
  throw new Error(`${date} has no start in ${timeZone}`);
}

/** The UTC range `[from, to)` that covers whole calendar dates in a zone, as the slots query wants it. */
export function rangeOfDates(dates: readonly string[], timeZone: string): { from: string; to: string } {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) throw new Error('No dates');
  return {
    from: new Date(startOfDay(first, timeZone)).toISOString(),
    to: new Date(startOfDay(addDays(last, 1), timeZone)).toISOString(),
  };
}

/** Things with a UTC `start`, grouped under the date they start on in a zone; every date listed, even empty. */
export function groupByLocalDate<T extends { start: string }>(
  items: readonly T[],
  dates: readonly string[],
  timeZone: string,
): { date: string; items: T[] }[] {
  const groups = new Map(dates.map((date) => [date, [] as T[]]));
  for (const item of items) groups.get(wallClockAt(item.start, timeZone).date)?.push(item);
  return dates.map((date) => ({
    date,
    items: (groups.get(date) ?? []).sort((a, b) => toInstant(a.start) - toInstant(b.start)),
  }));
}

/** `Europe/Oslo` → `Oslo`, `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/**
 * The zones a picker offers: Vilnius and Oslo first, then every zone Intl
 * knows in alphabetical order, and the current value even if Intl does not
 * list it (`UTC` in some engines).
 */
export function timeZoneChoices(supported: readonly string[], current?: string): string[] {
  const rest = [...new Set(supported)].filter((zone) => !PREFERRED_TIME_ZONES.includes(zone)).sort();
  const choices = [...PREFERRED_TIME_ZONES, ...rest];
  if (current && !choices.includes(current)) choices.push(current);
  return choices;
}

/** Every zone this browser knows, or just the preferred ones where it cannot say. */
export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [...PREFERRED_TIME_ZONES];
  } catch {
    return [...PREFERRED_TIME_ZONES];
  }
}

export type DayStyle = 'heading' | 'full' | 'short';

const DAY_STYLES: Readonly<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  heading: { weekday: 'long', day: 'numeric', month: 'long' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
};

/** A calendar date as words in the interface language: "Monday, 2 March" / "kovo 2 d., pirmadienis". */
export function formatCalendarDate(date: string, locale: Locale, style: DayStyle = 'heading'): string {
  const days = dayNumber(date);
  if (days === null) return date;
  // Noon UTC of that date, shown in UTC: the calendar date itself, whatever the zones.
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...DAY_STYLES[style], timeZone: 'UTC' }).format(
    new Date(days * DAY_MS + 12 * 60 * MINUTE_MS),
  );
}
