/**
 * The order of the consultations list: live ones first (the most recently
 * started first), then upcoming ones by their planned start (soonest first,
 * those without a time last), then anything else. Pure, so tested.
 */
import type { Consultation } from '@klasteris/contracts';

const RANK = { live: 0, scheduled: 1, ended: 2 } as const;

function time(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? fallback : ms;
}

export function listOrder(consultations: readonly Consultation[]): Consultation[] {
  return [...consultations].sort((a, b) => {
    const rank = RANK[a.state] - RANK[b.state];
    if (rank !== 0) return rank;
    if (a.state === 'live') return time(b.startedAt, 0) - time(a.startedAt, 0);
    if (a.state === 'scheduled')
      return time(a.startsAt, Infinity) - time(b.startsAt, Infinity) || a.title.localeCompare(b.title);
    return time(b.endedAt, 0) - time(a.endedAt, 0);
  });
}
