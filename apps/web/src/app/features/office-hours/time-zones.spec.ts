import {
  addDays,
  formatCalendarDate,
  groupByLocalDate,
  isoWeekday,
  mondayOf,
  rangeOfDates,
  tidyWallTime,
  timeZoneChoices,
  todayIn,
  wallClockAt,
  wallTime,
  weekDates,
  zoneCity,
  zonedInstant,
} from './time-zones';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('wall-clock time in a zone', () => {
  it('reads an instant on the clocks of Oslo and Vilnius, an hour apart on both sides of each change', () => {
    // Winter: Oslo UTC+1, Vilnius UTC+2; summer: UTC+2 and UTC+3.
    for (const instant of ['2026-03-28T09:00:00Z', '2026-03-30T08:00:00Z', '2026-10-24T08:00:00Z', '2026-10-26T09:00:00Z']) {
      expect(wallTime(instant, 'Europe/Oslo')).toBe('10:00');
      expect(wallTime(instant, 'Europe/Vilnius')).toBe('11:00');
    }
    expect(wallClockAt('2026-03-29T22:30:00Z', 'Europe/Vilnius')).toEqual({ date: '2026-03-30', time: '01:30', weekday: 1 });
    expect(wallClockAt('2026-03-29T22:30:00Z', 'Europe/Oslo')).toEqual({ date: '2026-03-30', time: '00:30', weekday: 1 });
  });

  it('reads an unknown zone as UTC', () => {
    expect(wallTime('2026-03-28T09:00:00Z', 'Mars/Olympus_Mons')).toBe('09:00');
  });
});

describe('the instant of a wall time', () => {
  it('is 10:00 Oslo = 11:00 Vilnius before and after the spring and autumn changes', () => {
    for (const date of ['2026-03-27', '2026-03-30', '2026-10-23', '2026-10-26']) {
      expect(zonedInstant(date, '10:00', 'Europe/Oslo')).toBe(zonedInstant(date, '11:00', 'Europe/Vilnius'));
    }
    expect(iso(zonedInstant('2026-03-27', '10:00', 'Europe/Oslo'))).toBe('2026-03-27T09:00:00.000Z');
    expect(iso(zonedInstant('2026-03-30', '10:00', 'Europe/Oslo'))).toBe('2026-03-30T08:00:00.000Z');
    expect(iso(zonedInstant('2026-10-26', '11:00', 'Europe/Vilnius'))).toBe('2026-10-26T09:00:00.000Z');
    // On the change days themselves, too (they change at 01:00 UTC).
    expect(iso(zonedInstant('2026-03-29', '10:00', 'Europe/Oslo'))).toBe('2026-03-29T08:00:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '10:00', 'Europe/Oslo'))).toBe('2026-10-25T09:00:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '11:00', 'Europe/Vilnius'))).toBe('2026-10-25T09:00:00.000Z');
  });

  it('does not exist when the clocks skip it', () => {
    // Oslo jumps from 02:00 to 03:00 on 29 March 2026, Vilnius from 03:00 to 04:00.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Oslo')).toBeNull();
    expect(zonedInstant('2026-03-29', '03:00', 'Europe/Vilnius')).toBeNull();
    expect(iso(zonedInstant('2026-03-29', '01:30', 'Europe/Oslo'))).toBe('2026-03-29T00:30:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '03:00', 'Europe/Oslo'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '04:00', 'Europe/Vilnius'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('is the first occurrence when the clocks fall back and a wall time happens twice', () => {
    // Oslo goes back from 03:00 to 02:00 on 25 October 2026; 02:30 happens at 00:30 and 01:30 UTC.
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Oslo'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '03:30', 'Europe/Vilnius'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '03:00', 'Europe/Oslo'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses what is not a real date or time', () => {
    expect(zonedInstant('2026-02-30', '10:00', 'Europe/Oslo')).toBeNull();
    expect(zonedInstant('2026-03-01', '24:00', 'Europe/Oslo')).toBeNull();
    expect(zonedInstant('2026-03-01', '9:00', 'Europe/Oslo')).toBeNull();
  });
});

describe('calendar dates and weeks', () => {
  it('counts days, weekdays and Mondays across months and years', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-03-30')).toBe('2026-03-30');
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('knows which date it is in each zone', () => {
    const lateEvening = Date.parse('2026-06-30T21:30:00Z');
    expect(todayIn('Europe/Vilnius', lateEvening)).toBe('2026-07-01');
    expect(todayIn('Europe/Oslo', lateEvening)).toBe('2026-06-30');
  });

  it('covers whole local days in UTC, the week of a change being an hour shorter or longer', () => {
    expect(rangeOfDates(weekDates('2026-03-23'), 'Europe/Vilnius')).toEqual({
      from: '2026-03-22T22:00:00.000Z',
      to: '2026-03-29T21:00:00.000Z',
    });
    expect(rangeOfDates(weekDates('2026-10-19'), 'Europe/Oslo')).toEqual({
      from: '2026-10-18T22:00:00.000Z',
      to: '2026-10-25T23:00:00.000Z',
    });
  });

  it('writes dates in the interface language', () => {
    expect(formatCalendarDate('2026-03-02', 'en')).toMatch(/^Monday,? 2 March$/);
    expect(formatCalendarDate('2026-03-02', 'en', 'full')).toMatch(/^Monday,? 2 March 2026$/);
    expect(formatCalendarDate('2026-03-02', 'lt')).toContain('pirmadienis');
  });
});

describe('slots grouped by local date', () => {
  it('puts a slot under the date it starts on in the zone, listing empty days too', () => {
    const slots = [
      { start: '2026-03-30T21:30:00Z', id: 'late' },
      { start: '2026-03-30T08:00:00Z', id: 'morning' },
    ];
    const dates = ['2026-03-30', '2026-03-31'];
    expect(groupByLocalDate(slots, dates, 'Europe/Oslo').map((day) => day.items.map((slot) => slot.id))).toEqual([
      ['morning', 'late'],
      [],
    ]);
    // 21:30 UTC is already 00:30 the next day in Vilnius.
    expect(groupByLocalDate(slots, dates, 'Europe/Vilnius').map((day) => day.items.map((slot) => slot.id))).toEqual([
      ['morning'],
      ['late'],
    ]);
  });
});

describe('time zone choices', () => {
  it('offers Vilnius and Oslo first, then the rest in order, keeping an unlisted current value', () => {
    expect(timeZoneChoices(['Europe/Oslo', 'America/New_York', 'Europe/Vilnius', 'Asia/Tokyo'], 'UTC')).toEqual([
      'Europe/Vilnius',
      'Europe/Oslo',
      'America/New_York',
      'Asia/Tokyo',
      'UTC',
    ]);
    expect(zoneCity('Europe/Oslo')).toBe('Oslo');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});

describe('a typed time', () => {
  it('is tidied to HH:mm, and left alone when it is not a time', () => {
    expect(tidyWallTime('9:00')).toBe('09:00');
    expect(tidyWallTime(' 9.30 ')).toBe('09:30');
    expect(tidyWallTime('10:00')).toBe('10:00');
    expect(tidyWallTime('ten')).toBe('ten');
  });
});
