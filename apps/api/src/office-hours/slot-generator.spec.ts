import { type Availability, generateSlots, slotStartingAt } from './slot-generator';

const iso = (slots: { start: Date; end: Date }[]) =>
  slots.map((slot) => [slot.start.toISOString(), slot.end.toISOString()]);

const oslo = (overrides: Partial<Availability> = {}): Availability => ({
  timeZone: 'Europe/Oslo',
  weekly: [],
  exceptions: [],
  slotMinutes: 60,
  ...overrides,
});

describe('generateSlots', () => {
  it('keeps a 10:00 Oslo slot at 10:00 Oslo (11:00 Vilnius) on both sides of the spring change', () => {
    const availability = oslo({
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, start: '10:00', end: '11:00' })),
    });
    const slots = generateSlots(availability, new Date('2026-03-27T00:00:00Z'), new Date('2026-03-31T00:00:00Z'));
    expect(iso(slots).map(([start]) => start)).toEqual([
      '2026-03-27T09:00:00.000Z',
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
  });

  it('keeps a 10:00 Oslo slot at 10:00 Oslo (11:00 Vilnius) on both sides of the autumn change', () => {
    const availability = oslo({
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, start: '10:00', end: '11:00' })),
    });
    const slots = generateSlots(availability, new Date('2026-10-23T00:00:00Z'), new Date('2026-10-27T00:00:00Z'));
    // Summer time (CEST, +2; Vilnius EEST, +3) until the change at 01:00 UTC on the 25th, winter time after.
    expect(iso(slots)).toEqual([
      ['2026-10-23T08:00:00.000Z', '2026-10-23T09:00:00.000Z'],
      ['2026-10-24T08:00:00.000Z', '2026-10-24T09:00:00.000Z'],
      ['2026-10-25T09:00:00.000Z', '2026-10-25T10:00:00.000Z'],
      ['2026-10-26T09:00:00.000Z', '2026-10-26T10:00:00.000Z'],
    ]);
    const wall = (timeZone: string) =>
      new Set(
        slots.map((slot) => slot.start.toLocaleTimeString('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' })),
      );
    expect(wall('Europe/Oslo')).toEqual(new Set(['10:00']));
    expect(wall('Europe/Vilnius')).toEqual(new Set(['11:00']));
  });

  it('on the spring-forward night skips the wall hour that does not exist, leaving no gap and no overlap', () => {
    const availability = oslo({ weekly: [{ weekday: 7, start: '00:00', end: '05:00' }] });
    const slots = generateSlots(availability, new Date('2026-03-28T12:00:00Z'), new Date('2026-03-29T12:00:00Z'));
    expect(iso(slots)).toEqual([
      ['2026-03-28T23:00:00.000Z', '2026-03-29T00:00:00.000Z'],
      ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z'],
      ['2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'],
      ['2026-03-29T02:00:00.000Z', '2026-03-29T03:00:00.000Z'],
    ]);
  });

  it('on the fall-back night yields each wall start once, the repeated one at its first occurrence', () => {
    const availability = oslo({ weekly: [{ weekday: 7, start: '01:00', end: '04:00' }], slotMinutes: 30 });
    const slots = generateSlots(availability, new Date('2026-10-24T12:00:00Z'), new Date('2026-10-25T12:00:00Z'));
    expect(iso(slots).map(([start]) => start)).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T00:00:00.000Z', // 02:00, first time (CEST)
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T02:00:00.000Z', // 03:00 CET
      '2026-10-25T02:30:00.000Z',
    ]);
    expect(new Set(slots.map((slot) => slot.start.getTime())).size).toBe(slots.length);
  });

  it('honours a day off and an extra window, and ends slots inside their window', () => {
    const availability: Availability = {
      timeZone: 'Europe/Vilnius',
      weekly: [{ weekday: 1, start: '09:00', end: '10:45' }],
      exceptions: [
        { date: '2026-04-06', kind: 'off' },
        { date: '2026-04-08', kind: 'extra', start: '14:00', end: '15:00' },
      ],
      slotMinutes: 30,
    };
    const slots = generateSlots(availability, new Date('2026-03-30T00:00:00Z'), new Date('2026-04-14T00:00:00Z'));
    expect(iso(slots).map(([start]) => start)).toEqual([
      '2026-03-30T06:00:00.000Z',
      '2026-03-30T06:30:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-08T11:00:00.000Z',
      '2026-04-08T11:30:00.000Z',
      '2026-04-13T06:00:00.000Z',
      '2026-04-13T06:30:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ]);
  });

  it('takes a window to midnight and keeps to the asked range', () => {
    const availability = oslo({ weekly: [{ weekday: 3, start: '22:00', end: '24:00' }] });
    const slots = generateSlots(availability, new Date('2026-06-03T20:30:00Z'), new Date('2026-06-04T00:00:00Z'));
    expect(iso(slots)).toEqual([['2026-06-03T21:00:00.000Z', '2026-06-03T22:00:00.000Z']]);
  });

  it('finds the slot that starts at an instant, and nothing between slots', () => {
    const availability = oslo({ weekly: [{ weekday: 1, start: '10:00', end: '12:00' }] });
    expect(slotStartingAt(availability, new Date('2026-03-30T09:00:00Z'))?.end.toISOString()).toBe(
      '2026-03-30T10:00:00.000Z',
    );
    expect(slotStartingAt(availability, new Date('2026-03-30T08:30:00Z'))).toBeNull();
  });
});
