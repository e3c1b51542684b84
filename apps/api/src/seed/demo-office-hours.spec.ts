import { normaliseAvailability } from '../office-hours/availability';
import { generateSlots } from '../office-hours/slot-generator';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_BOOKING, DEMO_OFFICE_HOURS } from './demo-office-hours';

describe('the demo office hours', () => {
  it('belong to demo lecturers, in their own zones, and pass the same checks as a PUT', () => {
    for (const demo of DEMO_OFFICE_HOURS) {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === demo.lecturerEmail);
      expect(account?.role).toBe('lecturer');
      expect(demo.hours.timeZone).toBe(account?.timeZone);
      expect(normaliseAvailability(demo.hours).ok).toBe(true);
    }
    expect(DEMO_OFFICE_HOURS.map((demo) => demo.hours.timeZone)).toEqual(['Europe/Vilnius', 'Europe/Oslo']);
  });

  it('give the demo learner a slot to book in any fortnight', () => {
    expect(DEMO_ACCOUNTS.find((account) => account.email === DEMO_BOOKING.learnerEmail)?.role).toBe('learner');
    const demo = DEMO_OFFICE_HOURS.find((entry) => entry.lecturerEmail === DEMO_BOOKING.lecturerEmail)!;
    const from = new Date('2026-03-25T00:00:00Z');
    expect(generateSlots(demo.hours, from, new Date(from.getTime() + 14 * 86_400_000)).length).toBeGreaterThan(0);
  });
});
