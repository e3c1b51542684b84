import { normaliseAvailability } from './availability';

const base = { timeZone: 'Europe/Oslo', slotMinutes: 30, capacity: 1 };

const fieldsOf = (result: ReturnType<typeof normaliseAvailability>) =>
  result.ok ? [] : result.issues.map((issue) => issue.field);

describe('normaliseAvailability', () => {
  it('sorts windows and exceptions and fills the defaults', () => {
    const result = normaliseAvailability({
      ...base,
      weekly: [
        { weekday: 3, start: '14:00', end: '15:00' },
        { weekday: 1, start: '11:00', end: '12:00' },
        { weekday: 1, start: '09:00', end: '11:00' },
      ],
      exceptions: [
        { date: '2026-05-02', kind: 'off' },
        { date: '2026-05-01', kind: 'extra', start: '18:00', end: '24:00' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...base,
        weekly: [
          { weekday: 1, start: '09:00', end: '11:00' },
          { weekday: 1, start: '11:00', end: '12:00' },
          { weekday: 3, start: '14:00', end: '15:00' },
        ],
        exceptions: [
          { date: '2026-05-01', kind: 'extra', start: '18:00', end: '24:00' },
          { date: '2026-05-02', kind: 'off' },
        ],
        minNoticeMinutes: 60,
        bookingHorizonDays: 60,
        cancelCutoffMinutes: 120,
      },
    });
  });

  it('refuses an end before its start, overlapping windows, impossible dates and extras over the weekly hours', () => {
    expect(
      fieldsOf(normaliseAvailability({ ...base, weekly: [{ weekday: 2, start: '10:00', end: '10:00' }] })),
    ).toEqual(['weekly.0.end']);
    expect(
      fieldsOf(
        normaliseAvailability({
          ...base,
          weekly: [
            { weekday: 2, start: '10:00', end: '12:00' },
            { weekday: 2, start: '11:59', end: '13:00' },
          ],
        }),
      ),
    ).toEqual(['weekly.1']);
    expect(
      fieldsOf(normaliseAvailability({ ...base, weekly: [], exceptions: [{ date: '2026-02-29', kind: 'off' }] })),
    ).toEqual(['exceptions.0.date']);
    // 2026-05-05 is a Tuesday.
    const weekly = [{ weekday: 2 as const, start: '10:00', end: '12:00' }];
    expect(
      fieldsOf(
        normaliseAvailability({
          ...base,
          weekly,
          exceptions: [{ date: '2026-05-05', kind: 'extra', start: '11:00', end: '13:00' }],
        }),
      ),
    ).toEqual(['exceptions.0']);
    // On a day off the weekly hours do not apply, so an extra window may replace them.
    expect(
      normaliseAvailability({
        ...base,
        weekly,
        exceptions: [
          { date: '2026-05-05', kind: 'off' },
          { date: '2026-05-05', kind: 'extra', start: '11:00', end: '13:00' },
        ],
      }).ok,
    ).toBe(true);
  });
});
