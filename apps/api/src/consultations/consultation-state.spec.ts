import { consultationState, effectiveStartedAt } from './consultation-state';

const at = (iso: string) => new Date(iso);
const now = at('2026-03-01T12:00:00Z');

describe('a consultation’s state', () => {
  it('is live at once without a start time', () => {
    const times = { startsAt: null, startedAt: at('2026-03-01T11:00:00Z'), endedAt: null };
    expect(consultationState(times, now)).toBe('live');
    expect(effectiveStartedAt(times, now)).toEqual(at('2026-03-01T11:00:00Z'));
  });

  it('is scheduled until its start time, then live by itself', () => {
    const times = { startsAt: at('2026-03-01T12:30:00Z'), startedAt: null, endedAt: null };
    expect(consultationState(times, now)).toBe('scheduled');
    expect(effectiveStartedAt(times, now)).toBeNull();
    const later = at('2026-03-01T12:30:00Z');
    expect(consultationState(times, later)).toBe('live');
    expect(effectiveStartedAt(times, later)).toEqual(times.startsAt);
  });

  it('is live early when started by hand', () => {
    const times = { startsAt: at('2026-03-02T09:00:00Z'), startedAt: at('2026-03-01T11:50:00Z'), endedAt: null };
    expect(consultationState(times, now)).toBe('live');
    expect(effectiveStartedAt(times, now)).toEqual(times.startedAt);
  });

  it('is ended once ended, whatever else; one ended before its start never started', () => {
    const ended = { startsAt: null, startedAt: at('2026-03-01T10:00:00Z'), endedAt: at('2026-03-01T11:00:00Z') };
    expect(consultationState(ended, now)).toBe('ended');
    const cancelled = { startsAt: at('2026-03-01T11:30:00Z'), startedAt: null, endedAt: at('2026-03-01T11:00:00Z') };
    expect(consultationState(cancelled, now)).toBe('ended');
    expect(effectiveStartedAt(cancelled, now)).toBeNull();
  });
});
