/**
 * The bookable slots of a lecturer's availability in a UTC range. Dates are
 * walked on the lecturer's wall calendar and each slot's wall-clock start is
 * turned into UTC (zoned-time.ts), so "10:00 in Oslo" stays 10:00 in Oslo on
 * both sides of a daylight-saving change. A slot lasts `slotMinutes` of real
 * time. On the spring-forward night a slot whose wall start does not exist is
 * skipped (the slots before and after it meet with no gap in real time); on
 * the fall-back night a repeated wall start yields one slot, at its first
 * occurrence.
 */
import type { AvailabilityException, WeeklyWindow } from '@klasteris/contracts';

import { addDays, isoWeekday, localDateOf, parseWallEnd, parseWallTime, zonedWallTimeToUtc } from './zoned-time';

export interface Availability {
  timeZone: string;
  weekly: readonly WeeklyWindow[];
  exceptions: readonly AvailabilityException[];
  slotMinutes: number;
}

export interface GeneratedSlot {
  start: Date;
  end: Date;
}

interface Window {
  start: number;
  end: number;
}

/** The windows of one wall-calendar date: the weekday's, unless the day is off, plus any extra ones. */
export function windowsOn(availability: Availability, date: string): Window[] {
  const exceptions = availability.exceptions.filter((exception) => exception.date === date);
  const off = exceptions.some((exception) => exception.kind === 'off');
  const weekday = isoWeekday(date);
  const windows: Window[] = [];
  if (!off) {
    for (const window of availability.weekly)
      if (window.weekday === weekday) windows.push(toWindow(window.start, window.end));
  }
  for (const exception of exceptions)
    if (exception.kind === 'extra') windows.push(toWindow(exception.start, exception.end));
  return windows;
}

/** Slots whose start lies in [from, to), in order, each start once. */
export function generateSlots(availability: Availability, from: Date, to: Date): GeneratedSlot[] {
  if (to.getTime() <= from.getTime()) return [];
  const slotMs = availability.slotMinutes * 60_000;
  const byStart = new Map<number, GeneratedSlot>();
  // One day either side: a wall date and the UTC range need not line up.
  const last = addDays(localDateOf(to, availability.timeZone), 1);
  for (let date = addDays(localDateOf(from, availability.timeZone), -1); date <= last; date = addDays(date, 1)) {
    for (const window of windowsOn(availability, date)) {
      for (
        let minute = window.start;
        minute + availability.slotMinutes <= window.end;
        minute += availability.slotMinutes
      ) {
        const start = zonedWallTimeToUtc(date, minute, availability.timeZone);
        if (!start) continue;
        const startMs = start.getTime();
        if (startMs < from.getTime() || startMs >= to.getTime() || byStart.has(startMs)) continue;
        byStart.set(startMs, { start, end: new Date(startMs + slotMs) });
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The slot of the availability that starts at this instant, if there is one. */
export function slotStartingAt(availability: Availability, start: Date): GeneratedSlot | null {
  const slots = generateSlots(availability, start, new Date(start.getTime() + 1));
  return slots[0] ?? null;
}

function toWindow(start: string, end: string): Window {
  const startMinute = parseWallTime(start);
  const endMinute = parseWallEnd(end);
  if (startMinute === null || endMinute === null) throw new Error(`Bad window ${start}–${end}`);
  return { start: startMinute, end: endMinute };
}
