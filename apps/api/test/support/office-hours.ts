/**
 * Office-hours set-up for tests: people registered through the API (each
 * from its own forwarded address, so registration limits do not bite when a
 * test needs twenty learners), lecturers made so in SQL (roles are read from
 * the database on every request), availability through the API, and the
 * dates of the next daylight-saving changes in the EU with a time to ask for
 * their slots at.
 */
import { randomBytes } from 'node:crypto';

import type { AuthResponse, Booking, OfficeHours, Slot, UpdateOfficeHoursRequest } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { AvailabilityService } from '../../src/office-hours/availability.service';

import { TEST_PASSWORD } from './accounts';
import { apiClient, type ApiResponse } from './http';
import type { TestApp } from './test-app';

export interface Person {
  id: string;
  token: string;
  name: string;
}

/** Needs the app started with `trustProxy: true`. */
export async function person(app: TestApp, name: string, timeZone = 'Europe/Vilnius'): Promise<Person> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${randomBytes(4).toString('hex')}@example.org`;
  const ip = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 250) + 1}`;
  const response = await apiClient(app.baseUrl).post<AuthResponse>(
    '/api/auth/register',
    { email, password: TEST_PASSWORD, displayName: name, timeZone },
    { headers: { 'x-forwarded-for': ip } },
  );
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.user.id, token: response.body.accessToken, name };
}

export async function people(app: TestApp, count: number, prefix: string): Promise<Person[]> {
  const made: Person[] = [];
  // A few at a time: password hashing is the slow part, and two cores are shared.
  for (let i = 0; i < count; i += 4) {
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(4, count - i) }, (_, j) => person(app, `${prefix} ${i + j + 1}`)),
      )),
    );
  }
  return made;
}

export async function lecturer(app: TestApp, name: string, timeZone: string): Promise<Person> {
  const made = await person(app, name, timeZone);
  await app.app.get(DataSource).query(`UPDATE users SET role = 'lecturer' WHERE id = $1`, [made.id]);
  return made;
}

export async function putHours(app: TestApp, who: Person, hours: UpdateOfficeHoursRequest): Promise<OfficeHours> {
  const response = await apiClient(app.baseUrl).put<OfficeHours>('/api/office-hours', hours, { token: who.token });
  if (response.status !== 200) throw new Error(`put office hours: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every day, all day, hour-long slots, in UTC: any whole hour ahead is a slot. */
export const ROUND_THE_CLOCK = (
  capacity: number,
  extra: Partial<UpdateOfficeHoursRequest> = {},
): UpdateOfficeHoursRequest => ({
  timeZone: 'UTC',
  weekly: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  slotMinutes: 60,
  capacity,
  minNoticeMinutes: 0,
  bookingHorizonDays: 366,
  cancelCutoffMinutes: 60,
  ...extra,
});

/** A whole hour `hoursAhead` (at least) from now, as an ISO string. */
export function wholeHourAhead(hoursAhead: number): string {
  const at = new Date(Date.now() + hoursAhead * 3600_000);
  at.setUTCMinutes(0, 0, 0);
  return new Date(at.getTime() + 3600_000).toISOString();
}

export function book(app: TestApp, who: Person, body: Record<string, unknown>): Promise<ApiResponse<Booking>> {
  return apiClient(app.baseUrl).post<Booking>('/api/bookings', body, { token: who.token });
}

/**
 * The next EU change after `after`: the last Sunday of March (spring
 * forward) or of October (fall back), as "YYYY-MM-DD". Both happen at
 * 01:00 UTC.
 */
export function nextEuChange(month: 3 | 10, after = new Date()): string {
  for (let year = after.getUTCFullYear(); ; year++) {
    const lastDay = new Date(Date.UTC(year, month, 0));
    const sunday = Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay());
    if (sunday + 3600_000 > after.getTime()) return new Date(sunday).toISOString().slice(0, 10);
  }
}

/**
 * A change to test slots across, and the "now" to ask for them at: noon a
 * week before it, so the days around it are bookable (no notice, a 366-day
 * horizon) and days before the change are still ahead. Asking at the real now cannot work on every day: the horizon
 * is at most 366 days while one change may follow the last by 371 (2029 to
 * 2030 in March, 2026 to 2027 in October), so on some days no change is both
 * still ahead and already bookable.
 */
export function dstCase(month: 3 | 10, today = new Date()): { change: string; now: Date } {
  const change = nextEuChange(month, today);
  return { change, now: new Date(`${addDays(change, -7)}T12:00:00Z`) };
}

/**
 * Days on which the daylight-saving tests, when they asked at the real time,
 * failed (the four before a change, when the next year's was out of reach)
 * or could not have passed (the week after a change that the next follows by
 * 371 days), for running them as if on each.
 */
export const DAYS_NEAR_CHANGES = [
  '2026-03-26T18:00:00Z',
  '2026-10-21T06:00:00Z',
  '2026-10-25T00:30:00Z',
  '2026-10-25T01:30:00Z',
  '2026-10-27T12:00:00Z',
  '2029-03-25T00:59:00Z',
  '2029-03-25T01:01:00Z',
  '2029-03-28T12:00:00Z',
].map((day) => new Date(day));

/** A lecturer's slots as the API would list them at `now` (the service takes the time; the route uses the clock). */
export function slotsAt(app: TestApp, lecturerId: string, from: string, to: string, now: Date): Promise<Slot[]> {
  return app.app.get(AvailabilityService).slots(lecturerId, from, to, now);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The wall-clock time "HH:mm" of an instant in a zone. */
export function wallTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}
