import { formatDateTime } from './date-time-format';

describe('formatDateTime', () => {
  const instant = '2026-03-29T09:30:00Z';

  it("shows an instant in the person's time zone, across daylight-saving changes", () => {
    // 29 March 2026: Vilnius has moved to UTC+3, Oslo to UTC+2.
    expect(formatDateTime(instant, { locale: 'en', timeZone: 'Europe/Vilnius', style: 'time' })).toBe('12:30');
    expect(formatDateTime(instant, { locale: 'en', timeZone: 'Europe/Oslo', style: 'time' })).toBe('11:30');
    expect(formatDateTime('2026-01-15T09:30:00Z', { locale: 'lt', timeZone: 'Europe/Vilnius', style: 'time' })).toBe(
      '11:30',
    );
  });

  it('uses the interface language', () => {
    expect(formatDateTime(instant, { locale: 'en', timeZone: 'Europe/Vilnius', style: 'date' })).toBe('29 Mar 2026');
    expect(formatDateTime(instant, { locale: 'lt', timeZone: 'Europe/Vilnius', style: 'date' })).toMatch(
      /^2026-03-29$|2026 m\. kovo 29 d\./,
    );
  });

  it('falls back to UTC for an unknown zone and to nothing for an invalid date', () => {
    expect(formatDateTime(instant, { locale: 'en', timeZone: 'Mars/Olympus', style: 'time' })).toBe('09:30');
    expect(formatDateTime('not a date', { locale: 'en', timeZone: 'UTC' })).toBe('');
  });
});
