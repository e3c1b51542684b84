/**
 * A consultation's state is not stored but follows from its times, so a
 * scheduled one goes live when its start time comes with no job to run:
 * ended once `endedAt` is set; live once started by hand or once `startsAt`
 * has passed; scheduled before that. The SQL form below must say the same.
 */
import type { ConsultationState } from '@klasteris/contracts';

export interface ConsultationTimes {
  startsAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

export function consultationState(times: ConsultationTimes, now: Date): ConsultationState {
  if (times.endedAt) return 'ended';
  if (times.startedAt || (times.startsAt && times.startsAt.getTime() <= now.getTime())) return 'live';
  return 'scheduled';
}

/** When it went live: started by hand, or its start time if it went live by itself. */
export function effectiveStartedAt(times: ConsultationTimes, now: Date): Date | null {
  if (times.startedAt) return times.startedAt;
  if (times.startsAt && times.startsAt.getTime() <= now.getTime()) {
    // Ended before it ever went live: it never started.
    if (times.endedAt && times.endedAt.getTime() < times.startsAt.getTime()) return null;
    return times.startsAt;
  }
  return null;
}

/** consultationState() in SQL, for filtering and ordering; `c` is the consultations alias. */
export const CONSULTATION_STATE_SQL = `(CASE WHEN c.ended_at IS NOT NULL THEN 'ended'
  WHEN c.started_at IS NOT NULL OR c.starts_at <= now() THEN 'live' ELSE 'scheduled' END)`;
