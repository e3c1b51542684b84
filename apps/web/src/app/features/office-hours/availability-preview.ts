/**
 * The availability editor's live preview: the slots a lecturer's weekly
 * windows and date exceptions yield on the dates of one week, computed here
 * in the lecturer's zone before anything is saved. Each window is cut into
 * slots on the wall clock (10:00, 10:30, …); a wall time the clocks skip
 * when they spring forward yields no slot, and one that happens twice when
 * they fall back yields one, at its first occurrence. Also the checks the
 * editor runs on each window before sending. Pure, unit-tested.
 */
import type { AvailabilityException, WeeklyWindow } from '@klasteris/contracts';

import { endMinutesOfDay, isoWeekday, minutesOfDay, timeOfDay, wallClockAt, zonedInstant } from './time-zones';

export interface PreviewSettings {
  timeZone: string;
  weekly: readonly WeeklyWindow[];
  slotMinutes: number;
  exceptions?: readonly AvailabilityException[];
}

/** A slot of the preview: UTC instants, and the wall times in the lecturer's zone. */
export interface PreviewSlot {
  start: string;
  end: string;
  /** The date it starts on, in the lecturer's zone. */
  date: string;
  /** `HH:mm` in the lecturer's zone. */
  startTime: string;
  endTime: string;
}

interface Window {
  start: number;
  end: number;
}

/** The windows that apply on one date: the weekday's, unless the day is off, plus the date's extra ones. */
export function windowsOn(date: string, settings: PreviewSettings): Window[] {
  const exceptions = (settings.exceptions ?? []).filter((exception) => exception.date === date);
  const off = exceptions.some((exception) => exception.kind === 'off');
  const weekday = isoWeekday(date);
  const texts = [
    ...(off ? [] : settings.weekly.filter((window) => window.weekday === weekday)),
    ...exceptions.flatMap((exception) => (exception.kind === 'extra' ? [exception] : [])),
  ];
  return texts.flatMap((window) => {
    const start = minutesOfDay(window.start);
    const end = endMinutesOfDay(window.end);
    return start !== null && end !== null && end > start ? [{ start, end }] : [];
  });
}

/** The slots on the given dates, in time order, each start once. */
export function previewSlots(settings: PreviewSettings, dates: readonly string[]): PreviewSlot[] {
  const length = Math.floor(settings.slotMinutes);
  if (!(length > 0)) return [];
  const byStart = new Map<number, PreviewSlot>();
  for (const date of dates) {
    for (const window of windowsOn(date, settings)) {
      for (let minute = window.start; minute + length <= window.end; minute += length) {
        const instant = zonedInstant(date, timeOfDay(minute), settings.timeZone);
        if (instant === null || byStart.has(instant)) continue;
        const end = instant + length * 60_000;
        byStart.set(instant, {
          start: new Date(instant).toISOString(),
          end: new Date(end).toISOString(),
          date,
          startTime: timeOfDay(minute),
          endTime: wallClockAt(end, settings.timeZone).time,
        });
      }
    }
  }
  return [...byStart.entries()].sort(([a], [b]) => a - b).map(([, slot]) => slot);
}

export type WindowProblem = 'startInvalid' | 'endInvalid' | 'endBeforeStart' | 'tooShort' | 'overlap';

/**
 * What is wrong with one window among the others of the same day, or null.
 * `others` are that day's other windows (not this one).
 */
export function windowProblem(
  window: { start: string; end: string },
  others: readonly { start: string; end: string }[],
  slotMinutes: number,
): WindowProblem | null {
  const start = minutesOfDay(window.start);
  const end = endMinutesOfDay(window.end);
  if (start === null) return 'startInvalid';
  if (end === null) return 'endInvalid';
  if (end <= start) return 'endBeforeStart';
  if (slotMinutes > 0 && end - start < slotMinutes) return 'tooShort';
  const overlaps = others.some((other) => {
    const otherStart = minutesOfDay(other.start);
    const otherEnd = endMinutesOfDay(other.end);
    return otherStart !== null && otherEnd !== null && start < otherEnd && otherStart < end;
  });
  return overlaps ? 'overlap' : null;
}
