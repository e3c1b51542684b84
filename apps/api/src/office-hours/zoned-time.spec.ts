import { addDays, isoWeekday, localDateOf, localTimeOf, zonedWallTimeToUtc, zoneOffsetMinutes } from './zoned-time';

const at = (date: string, time: string, zone: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return zonedWallTimeToUtc(date, hours! * 60 + minutes!, zone)?.toISOString() ?? null;
};

describe('zonedWallTimeToUtc', () => {
  it('uses winter and summer offsets on either side of the spring change (2026-03-29)', () => {
    expect(at('2026-03-27', '10:00', 'Europe/Oslo')).toBe('2026-03-27T09:00:00.000Z');
    expect(at('2026-03-30', '10:00', 'Europe/Oslo')).toBe('2026-03-30T08:00:00.000Z');
    expect(at('2026-03-27', '11:00', 'Europe/Vilnius')).toBe('2026-03-27T09:00:00.000Z');
    expect(at('2026-03-30', '11:00', 'Europe/Vilnius')).toBe('2026-03-30T08:00:00.000Z');
  });

  it('converts the hours around the spring-forward jump, and has no instant for the skipped wall hour', () => {
    // Oslo: 02:00 CET becomes 03:00 CEST at 01:00Z.
    expect(at('2026-03-29', '01:59', 'Europe/Oslo')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '02:00', 'Europe/Oslo')).toBeNull();
    expect(at('2026-03-29', '02:30', 'Europe/Oslo')).toBeNull();
    expect(at('2026-03-29', '03:00', 'Europe/Oslo')).toBe('2026-03-29T01:00:00.000Z');
    // Vilnius: 03:00 EET becomes 04:00 EEST at the same instant.
    expect(at('2026-03-29', '02:59', 'Europe/Vilnius')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '03:00', 'Europe/Vilnius')).toBeNull();
    expect(at('2026-03-29', '03:45', 'Europe/Vilnius')).toBeNull();
    expect(at('2026-03-29', '04:00', 'Europe/Vilnius')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first occurrence of a wall time that happens twice on the fall-back night (2026-10-25)', () => {
    // Oslo: 03:00 CEST goes back to 02:00 CET at 01:00Z; 02:30 happens at 00:30Z and again at 01:30Z.
    expect(at('2026-10-25', '01:59', 'Europe/Oslo')).toBe('2026-10-24T23:59:00.000Z');
    expect(at('2026-10-25', '02:00', 'Europe/Oslo')).toBe('2026-10-25T00:00:00.000Z');
    expect(at('2026-10-25', '02:30', 'Europe/Oslo')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-10-25', '03:00', 'Europe/Oslo')).toBe('2026-10-25T02:00:00.000Z');
    // Vilnius: 04:00 EEST goes back to 03:00 EET at 01:00Z.
    expect(at('2026-10-25', '03:30', 'Europe/Vilnius')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-10-25', '04:00', 'Europe/Vilnius')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('keeps the offsets of zones without daylight saving and of the southern hemisphere', () => {
    expect(at('2026-07-01', '09:00', 'UTC')).toBe('2026-07-01T09:00:00.000Z');
    expect(at('2026-07-01', '09:00', 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
    expect(at('2026-01-15', '09:00', 'Australia/Sydney')).toBe('2026-01-14T22:00:00.000Z');
    expect(at('2026-07-15', '09:00', 'Australia/Sydney')).toBe('2026-07-14T23:00:00.000Z');
  });
});

describe('wall calendar helpers', () => {
  it('reads the offset, date and time of an instant in a zone', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Oslo')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Oslo')).toBe(120);
    expect(localDateOf(new Date('2026-03-29T22:30:00Z'), 'Europe/Vilnius')).toBe('2026-03-30');
    expect(localTimeOf(new Date('2026-03-29T22:30:00Z'), 'Europe/Vilnius')).toBe('01:30');
    expect(localTimeOf(new Date('2026-03-29T22:00:00Z'), 'Europe/Oslo')).toBe('00:00');
  });

  it('counts dates and weekdays', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
  });
});
