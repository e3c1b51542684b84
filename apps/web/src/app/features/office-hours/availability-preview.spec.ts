import type { WeeklyWindow } from '@klasteris/contracts';

import { previewSlots, windowProblem } from './availability-preview';
import { wallTime, weekDates } from './time-zones';

const oslo = (weekly: WeeklyWindow[], slotMinutes = 30) => ({ timeZone: 'Europe/Oslo', weekly, slotMinutes });

describe('the availability preview', () => {
  it('cuts a weekday window into slots, 10:00 Oslo being 11:00 Vilnius on both sides of each change', () => {
    // Tuesdays 10:00–12:00: the week before and after 29 March and 25 October 2026.
    const settings = oslo([{ weekday: 2, start: '10:00', end: '12:00' }]);
    for (const monday of ['2026-03-23', '2026-03-30', '2026-10-19', '2026-10-26']) {
      const slots = previewSlots(settings, weekDates(monday));
      expect(slots.map((slot) => `${slot.startTime}-${slot.endTime}`)).toEqual([
        '10:00-10:30',
        '10:30-11:00',
        '11:00-11:30',
        '11:30-12:00',
      ]);
      expect(slots.map((slot) => wallTime(slot.start, 'Europe/Vilnius'))).toEqual(['11:00', '11:30', '12:00', '12:30']);
      expect(slots[0].date).toBe(weekDates(monday)[1]);
    }
    expect(previewSlots(settings, weekDates('2026-03-23'))[0].start).toBe('2026-03-24T09:00:00.000Z');
    expect(previewSlots(settings, weekDates('2026-03-30'))[0].start).toBe('2026-03-31T08:00:00.000Z');
  });

  it('works on the change days themselves (Sunday 10:00 Oslo)', () => {
    const settings = oslo([{ weekday: 7, start: '10:00', end: '11:00' }]);
    expect(previewSlots(settings, ['2026-03-29']).map((slot) => slot.start)).toEqual([
      '2026-03-29T08:00:00.000Z',
      '2026-03-29T08:30:00.000Z',
    ]);
    expect(previewSlots(settings, ['2026-10-25']).map((slot) => slot.start)).toEqual([
      '2026-10-25T09:00:00.000Z',
      '2026-10-25T09:30:00.000Z',
    ]);
  });

  it('skips the wall times the clocks jump over in spring', () => {
    // Oslo, 29 March 2026: 02:00 becomes 03:00.
    const slots = previewSlots(oslo([{ weekday: 7, start: '01:00', end: '04:00' }]), ['2026-03-29']);
    expect(slots.map((slot) => slot.startTime)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    expect(slots.map((slot) => slot.start)).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
    // The slot before the jump ends at 03:00 on the clock, half an hour later in real time.
    expect(slots[1].endTime).toBe('03:00');
  });

  it('makes one slot of a wall time that happens twice in autumn, at its first occurrence', () => {
    // Vilnius, 25 October 2026: 04:00 becomes 03:00 again.
    const settings = { timeZone: 'Europe/Vilnius', weekly: [{ weekday: 7 as const, start: '03:00', end: '05:00' }], slotMinutes: 30 };
    const slots = previewSlots(settings, ['2026-10-25']);
    expect(slots.map((slot) => slot.startTime)).toEqual(['03:00', '03:30', '04:00', '04:30']);
    expect(slots.map((slot) => slot.start)).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T02:30:00.000Z',
    ]);
  });

  it('applies days off and extra windows on their dates, and drops a last piece shorter than a slot', () => {
    const settings = {
      ...oslo([{ weekday: 1, start: '09:00', end: '10:00' }, { weekday: 3, start: '14:00', end: '15:10' }], 60),
      exceptions: [
        { date: '2026-03-30', kind: 'off' as const },
        { date: '2026-04-02', kind: 'extra' as const, start: '08:00', end: '09:00' },
      ],
    };
    const slots = previewSlots(settings, weekDates('2026-03-30'));
    expect(slots.map((slot) => `${slot.date} ${slot.startTime}`)).toEqual(['2026-04-01 14:00', '2026-04-02 08:00']);
  });

  it('counts a start once when windows overlap, and yields nothing for a zero slot length', () => {
    const weekly: WeeklyWindow[] = [
      { weekday: 2, start: '10:00', end: '11:00' },
      { weekday: 2, start: '10:30', end: '11:30' },
    ];
    expect(previewSlots(oslo(weekly), ['2026-03-31']).map((slot) => slot.startTime)).toEqual(['10:00', '10:30', '11:00']);
    expect(previewSlots(oslo(weekly, 0), ['2026-03-31'])).toEqual([]);
  });
});

describe('checks on a window', () => {
  it('says what is wrong first', () => {
    expect(windowProblem({ start: '', end: '12:00' }, [], 30)).toBe('startInvalid');
    expect(windowProblem({ start: '10:00', end: '25:00' }, [], 30)).toBe('endInvalid');
    expect(windowProblem({ start: '12:00', end: '10:00' }, [], 30)).toBe('endBeforeStart');
    expect(windowProblem({ start: '10:00', end: '10:20' }, [], 30)).toBe('tooShort');
    expect(windowProblem({ start: '10:00', end: '12:00' }, [{ start: '11:30', end: '13:00' }], 30)).toBe('overlap');
    expect(windowProblem({ start: '10:00', end: '12:00' }, [{ start: '12:00', end: '13:00' }], 30)).toBeNull();
  });
});

describe('a window to the end of the day', () => {
  it('takes 24:00 as its end, as the API does', () => {
    const slots = previewSlots(oslo([{ weekday: 2, start: '23:00', end: '24:00' }]), ['2026-03-31']);
    expect(slots.map((slot) => `${slot.startTime}-${slot.endTime}`)).toEqual(['23:00-23:30', '23:30-00:00']);
    expect(windowProblem({ start: '23:00', end: '24:00' }, [], 30)).toBeNull();
  });
});
