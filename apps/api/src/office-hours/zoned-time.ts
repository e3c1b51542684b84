/**
 * Wall-clock time in an IANA zone ↔ UTC, with nothing but Intl. Office
 * hours are kept as wall times in the lecturer's zone ("10:00 in Oslo"),
 * and every slot goes over the API in UTC, so these conversions decide
 * whether slots are right across daylight-saving changes.
 *
 * The two special nights:
 * - spring forward (e.g. 2026-03-29 in Oslo and Vilnius): wall times in the
 *   skipped hour do not exist; `zonedWallTimeToUtc` returns null for them and
 *   slot generation skips them.
 * - fall back (e.g. 2026-10-25): wall times in the repeated hour happen
 *   twice; `zonedWallTimeToUtc` returns the first occurrence (the earlier
 *   UTC instant, still on summer time), so such a wall time yields one slot.
 */

/** A calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallPartsAt(utcMs: number, timeZone: string): WallParts {
  const parts = new Map<string, number>();
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts.set(part.type, Number(part.value));
  }
  const read = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? 0;
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    // Some engines write midnight as 24 even with h23.
    hour: read('hour') % 24,
    minute: read('minute'),
    second: read('second'),
  };
}

/** The zone's offset from UTC at this instant, in minutes (Oslo in summer: +120). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const wall = wallPartsAt(utcMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** "HH:mm" → minutes after midnight, or null when malformed. */
export function parseWallTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The end of a window: "HH:mm", or "24:00" for midnight at the end of the day. */
export function parseWallEnd(value: string): number | null {
  return value === '24:00' ? 24 * 60 : parseWallTime(value);
}

export function parseLocalDate(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The UTC instant of a wall-clock time on a date in a zone; null when that
 * wall time does not exist there (the spring-forward gap); the first of the
 * two instants when it happens twice (the fall-back overlap).
 */
export function zonedWallTimeToUtc(date: LocalDate, minutesAfterMidnight: number, timeZone: string): Date | null {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  const naive = Date.UTC(parsed.year, parsed.month - 1, parsed.day) + minutesAfterMidnight * 60_000;
  // The offsets in force a day either side cover both sides of any one transition.
  const offsets = new Set([
    zoneOffsetMinutes(naive - 86_400_000, timeZone),
    zoneOffsetMinutes(naive + 86_400_000, timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((utc) => utc + zoneOffsetMinutes(utc, timeZone) * 60_000 === naive)
    .sort((a, b) => a - b);
  const first = matches[0];
  return first === undefined ? null : new Date(first);
}

/** The date on the wall calendar of the zone at this instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallPartsAt(instant.getTime(), timeZone);
  return `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The wall-clock time "HH:mm" in the zone at this instant. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const wall = wallPartsAt(instant.getTime(), timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  return new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new Error(`Not a date: ${date}`);
  const day = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

const pad = (value: number) => String(value).padStart(2, '0');
