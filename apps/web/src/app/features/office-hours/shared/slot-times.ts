/**
 * What a slot reads as for one person: its date and times on their own
 * clock, and the lecturer's wall time beside it when the lecturer's zone is
 * another ("11:00 (Oslo 10:00)"). Pure, built on time-zones.ts.
 */
import { wallClockAt, zoneCity } from '../time-zones';

export interface SlotTimes {
  /** `YYYY-MM-DD` on the viewer's clock. */
  date: string;
  /** `HH:mm` on the viewer's clock. */
  start: string;
  end: string;
  /** The viewer's zone as a city: "Vilnius". */
  city: string;
  /** The lecturer's start time, only when their zone shows another time. */
  other: { city: string; start: string; end: string } | null;
}

export function slotTimes(
  slot: { start: string; end: string },
  viewerZone: string,
  lecturerZone: string,
): SlotTimes {
  const start = wallClockAt(slot.start, viewerZone);
  const end = wallClockAt(slot.end, viewerZone);
  const otherStart = wallClockAt(slot.start, lecturerZone);
  const otherEnd = wallClockAt(slot.end, lecturerZone);
  const differs = otherStart.time !== start.time || otherStart.date !== start.date;
  return {
    date: start.date,
    start: start.time,
    end: end.time,
    city: zoneCity(viewerZone),
    other: differs ? { city: zoneCity(lecturerZone), start: otherStart.time, end: otherEnd.time } : null,
  };
}
