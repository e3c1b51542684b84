import { instantFromLocalInput } from './local-input-instant';

describe('a due time typed in the lecturer’s time zone', () => {
  it('becomes the instant in UTC, in winter and in summer time', () => {
    expect(instantFromLocalInput('2026-03-06T16:00', 'Europe/Vilnius')).toBe('2026-03-06T14:00:00.000Z');
    expect(instantFromLocalInput('2026-07-01T09:30', 'Europe/Vilnius')).toBe('2026-07-01T06:30:00.000Z');
    expect(instantFromLocalInput('2026-07-01T09:30', 'Europe/Oslo')).toBe('2026-07-01T07:30:00.000Z');
    expect(instantFromLocalInput('2026-12-31T23:59:30', 'UTC')).toBe('2026-12-31T23:59:30.000Z');
    expect(instantFromLocalInput('2026-01-01T00:15', 'America/New_York')).toBe('2026-01-01T05:15:00.000Z');
  });

  it('moves a time the clocks skip forward, and takes the first of a time that happens twice', () => {
    // Vilnius goes from 03:00 to 04:00 on 29 March 2026 and back from 04:00 to 03:00 on 25 October.
    expect(instantFromLocalInput('2026-03-29T03:30', 'Europe/Vilnius')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantFromLocalInput('2026-10-25T03:30', 'Europe/Vilnius')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantFromLocalInput('2026-10-25T04:30', 'Europe/Vilnius')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('reads an unknown zone as UTC', () => {
    expect(instantFromLocalInput('2026-03-06T16:00', 'Mars/Olympus_Mons')).toBe('2026-03-06T16:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const text of ['', '2026-03-06', '16:00', '2026-02-30T10:00', '2026-03-06T24:00', '2026-13-01T10:00', 'soon']) {
      expect(instantFromLocalInput(text, 'Europe/Vilnius')).toBeNull();
    }
  });
});
