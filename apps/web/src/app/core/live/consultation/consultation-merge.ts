/**
 * Keeping one consultation up to date from REST answers and room broadcasts,
 * pure: its state only moves forward (scheduled → live → ended), whatever
 * order the answers arrive in, and `canPresent` is about the person asking,
 * so a broadcast (sent to the whole room) never changes it.
 */
import type { Consultation, ConsultationState } from '@klasteris/contracts';

const STATE_ORDER: Readonly<Record<ConsultationState, number>> = { scheduled: 0, live: 1, ended: 2 };

export function mergeConsultation(
  held: Consultation | null,
  incoming: Consultation,
  source: 'mine' | 'broadcast',
): Consultation {
  if (held === null || held.id !== incoming.id) {
    return source === 'broadcast' ? { ...incoming, canPresent: false } : incoming;
  }
  const canPresent = source === 'mine' ? incoming.canPresent : held.canPresent;
  if (STATE_ORDER[incoming.state] < STATE_ORDER[held.state]) {
    // An answer from before the last state change: keep the state (and its times) already known.
    return {
      ...incoming,
      canPresent,
      state: held.state,
      startedAt: held.startedAt,
      endedAt: held.endedAt,
    };
  }
  return { ...incoming, canPresent };
}
