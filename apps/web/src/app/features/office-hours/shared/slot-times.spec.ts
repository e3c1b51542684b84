import { slotTimes } from './slot-times';

describe('a slot on the viewer’s clock', () => {
  const slot = { start: '2026-03-31T08:00:00Z', end: '2026-03-31T08:30:00Z' };

  it('shows the lecturer’s time beside it when their zone reads differently', () => {
    expect(slotTimes(slot, 'Europe/Vilnius', 'Europe/Oslo')).toEqual({
      date: '2026-03-31',
      start: '11:00',
      end: '11:30',
      city: 'Vilnius',
      other: { city: 'Oslo', start: '10:00', end: '10:30' },
    });
  });

  it('leaves it out when both clocks agree', () => {
    expect(slotTimes(slot, 'Europe/Oslo', 'Europe/Oslo').other).toBeNull();
    expect(slotTimes(slot, 'Europe/Oslo', 'Europe/Berlin').other).toBeNull();
  });
});
