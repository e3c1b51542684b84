/**
 * A time typed into `<input type="datetime-local">` (an assignment's due
 * time, a consultation's start) is a wall-clock time without a zone; the API
 * wants an instant. It is read in the person's own time zone (their
 * profile's, the one dates are shown in), so "Friday 16:00" means what the
 * page shows them even when their browser is set elsewhere.
 */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClocks.get(timeZone);
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
    wallClocks.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's clocks are ahead of UTC at a whole-second instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  return shown - instant;
}

/**
 * `2026-03-06T16:00` in `Europe/Vilnius` → `2026-03-06T14:00:00.000Z`, or
 * null when the text is not a real date and time. A time skipped when the
 * clocks go forward moves forward with them, and a time that happens twice
 * when they go back is its first occurrence, as browsers and Temporal do.
 * An unknown zone is read as UTC rather than failing, as in date-time-format.ts.
 */
export function instantFromLocalInput(value: string, timeZone: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((text = '0') => Number(text));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second;
  if (!real) return null;
  try {
    // A zone changes its offset at most once in two days, so the offsets a day either side are the only candidates.
    const before = offsetAt(wall - DAY_MS, timeZone);
    const after = offsetAt(wall + DAY_MS, timeZone);
    const matching = [wall - before, wall - after]
      .filter((instant) => instant + offsetAt(instant, timeZone) === wall)
      .sort((a, b) => a - b);
    return new Date(matching[0] ?? wall - before).toISOString();
  } catch {
    return new Date(wall).toISOString();
  }
}
