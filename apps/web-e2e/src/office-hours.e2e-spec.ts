/**
 * Office hours across time zones, in two browsers at once. Ingrid (a
 * lecturer whose profile is in Oslo) opens her availability editor, sets
 * Oslo as her office-hours zone and 10:00–12:00 with 30-minute slots on the
 * weekday two days ahead, checks the live week preview (10:00 Oslo is 11:00
 * Vilnius) and saves. Rasa (a learner whose profile is in Vilnius, in a
 * browser set to New York so only the profile can be right) finds Ingrid,
 * sees the slot at 11:00 with "(Oslo 10:00)", moves through the calendar by
 * keyboard and books it with a question. Rasa's bookings show 11:00, Ingrid's
 * show 10:00 with the question. Screenshots of the editor, the booking
 * calendar and both booking lists go to test-artifacts/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { AuthResponse, Booking, LecturerSummary, Page as ListPage, UpdateMeRequest } from '@klasteris/contracts';

import { DEMO_PASSWORD, type DemoAccount } from '../../api/src/seed/demo-accounts';
import {
  addDays,
  isoWeekday,
  mondayOf,
  todayIn,
  wallClockAt,
  zonedInstant,
} from '../../web/src/app/features/office-hours/time-zones';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, signIn } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const ingrid = demoAccount('lecturer.no@klasteris.demo'); // English, lecturer
const rasa = demoAccount('learner@klasteris.demo'); // English, learner
const tomas = demoAccount('learner.ngo@klasteris.demo'); // another learner, through the API only

const QUESTION = 'How do we start a social cluster with the Utena library and two NGOs?';
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Two days ahead on Oslo's calendar: past the minimum notice, inside the horizon, whatever the hour of the run.
const bookingDate = addDays(todayIn('Europe/Oslo'), 2);
const weekday = isoWeekday(bookingDate);
const elevenVilnius = zonedInstant(bookingDate, '11:00', 'Europe/Vilnius');
const tenOslo = zonedInstant(bookingDate, '10:00', 'Europe/Oslo');
if (elevenVilnius === null || tenOslo === null) throw new Error(`No 10:00 in Oslo on ${bookingDate}`);
const slotStart = new Date(tenOslo).toISOString();
/** Half an hour and an hour later: where the booking is moved, and the slot someone else takes meanwhile. */
const laterStart = new Date(tenOslo + 30 * 60_000).toISOString();
const takenStart = new Date(tenOslo + 60 * 60_000).toISOString();

let api: RunningApi;
let browser: Browser;
let ingridContext: BrowserContext;
let rasaContext: BrowserContext;
let ingridPage: Page;
let rasaPage: Page;

/** A call to the API as a demo account, outside the browsers. */
async function callApi(account: DemoAccount, method: string, url: string, body?: unknown): Promise<Response> {
  const login = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Signing in ${account.email} failed: ${login.status}`);
  const { accessToken } = (await login.json()) as AuthResponse;
  return fetch(`${api.baseUrl}${url}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function updateProfile(account: DemoAccount, changes: UpdateMeRequest): Promise<void> {
  const response = await callApi(account, 'PATCH', '/api/me', changes);
  if (!response.ok) throw new Error(`Updating ${account.email} failed: ${response.status}`);
}

beforeAll(async () => {
  api = await startApi();
  await updateProfile(ingrid, { timeZone: 'Europe/Oslo' });
  await updateProfile(rasa, { timeZone: 'Europe/Vilnius' });
  browser = await launchBrowser();
  ({ context: ingridContext, page: ingridPage } = await openPage(browser, api.baseUrl, { timezoneId: 'Europe/Oslo' }));
  ({ context: rasaContext, page: rasaPage } = await openPage(browser, api.baseUrl, {
    timezoneId: 'America/New_York',
  }));
});

afterAll(async () => {
  await ingridContext?.close();
  await rasaContext?.close();
  await browser?.close();
  await api?.stop();
});

/** Counts full page loads, so "without reloading" can be checked. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

/** Waits for running animations (a dialog fading in) to end, so screenshots show the final state. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

/**
 * The wall-clock window of `minutes` from `start` in Oslo, or in UTC when it
 * cannot be one there: a window may not run past midnight, and in the hour
 * the clocks fall back a wall time names its first occurrence. Oslo's
 * midnight and changes are never within minutes of UTC's midnight, so one of
 * the two always fits, whatever the time of the run.
 */
function soonWindow(start: number, minutes: number): { timeZone: string; date: string; from: string; to: string } {
  for (const timeZone of ['Europe/Oslo', 'UTC']) {
    const [from, to] = [wallClockAt(start, timeZone), wallClockAt(start + minutes * 60_000, timeZone)];
    if (to.date === from.date && to.time > from.time && zonedInstant(from.date, from.time, timeZone) === start) {
      return { timeZone, date: from.date, from: from.time, to: to.time };
    }
  }
  throw new Error(`No wall-clock window for ${new Date(start).toISOString()}`);
}

describe('office hours across time zones', () => {
  it('lets the lecturer set weekly hours in Oslo and preview them before saving', async () => {
    await signIn(ingridPage, ingrid);
    await ingridPage.getByTestId('nav-office-hours').click();
    await ingridPage.waitForURL('**/office-hours');
    await ingridPage.getByTestId('my-availability').click();
    await ingridPage.waitForURL('**/office-hours/availability');
    expect(await ingridPage.title()).toBe('My availability · Klasteris');

    const form = ingridPage.getByTestId('availability-form');
    await form.waitFor();
    // Vilnius and Oslo are offered first.
    const zones = await form.getByTestId('time-zone').locator('option').allTextContents();
    expect(zones.slice(0, 2)).toEqual(['Europe/Vilnius', 'Europe/Oslo']);
    expect(zones.length).toBeGreaterThan(100);
    await form.getByTestId('time-zone').selectOption('Europe/Oslo');
    await form.getByTestId('slot-minutes').selectOption({ label: '30 minutes' });

    // Start from a clean week (the demo data gives her group hours), then one window on the chosen weekday.
    const removeButtons = form.getByTestId('remove-window');
    for (let count = await removeButtons.count(); count > 0; count--) {
      await removeButtons.first().click();
      await removeButtons.nth(count - 1).waitFor({ state: 'detached' });
    }
    await form.getByTestId('capacity').fill('1');
    const day = form.getByTestId(`weekday-${weekday}`);
    await day.getByRole('heading', { name: WEEKDAY_NAMES[weekday] }).waitFor();
    await day.getByTestId('add-window').click();
    const window = day.getByTestId('window');
    await window.waitFor();
    expect(await window.count()).toBe(1);
    await window.getByTestId('window-start').fill('10:00');
    await window.getByTestId('window-end').fill('12:00');

    // An end before the start is caught here, before anything is sent.
    await window.getByTestId('window-end').fill('09:00');
    await day.getByTestId('window-problem').getByText('The end must be after the start.').waitFor();
    await window.getByTestId('window-end').fill('12:00');
    await day.getByTestId('window-problem').waitFor({ state: 'detached' });

    // The preview, on Oslo's clock, with Vilnius beside it.
    const previewWeekOf = mondayOf(bookingDate);
    if (previewWeekOf > mondayOf(todayIn('Europe/Oslo'))) await ingridPage.getByTestId('preview-next-week').click();
    const previewDay = ingridPage.getByTestId('preview').locator(`[data-date="${bookingDate}"]`);
    await previewDay.getByTestId('preview-slot').first().waitFor();
    expect(await previewDay.getByTestId('preview-slot').allTextContents()).toEqual([
      expect.stringMatching(/10:00–10:30\s*Vilnius 11:00/),
      expect.stringMatching(/10:30–11:00\s*Vilnius 11:30/),
      expect.stringMatching(/11:00–11:30\s*Vilnius 12:00/),
      expect.stringMatching(/11:30–12:00\s*Vilnius 12:30/),
    ]);
    await screenshot(ingridPage, 'office-hours-editor-preview-en');

    await form.getByTestId('save-availability').click();
    await ingridPage
      .getByTestId('availability-status')
      .getByText('Saved. Learners can book these times now.')
      .waitFor();
    // After saving, the slots the API publishes for that week, one place each.
    const published = ingridPage.getByTestId('published').locator(`[data-date="${bookingDate}"]`);
    await published.getByTestId('preview-slot').first().waitFor();
    expect(await published.getByTestId('preview-slot').allTextContents()).toEqual([
      expect.stringMatching(/10:00–10:30\s*1 of 1 free/),
      expect.stringMatching(/10:30–11:00\s*1 of 1 free/),
      expect.stringMatching(/11:00–11:30\s*1 of 1 free/),
      expect.stringMatching(/11:30–12:00\s*1 of 1 free/),
    ]);
    await screenshot(ingridPage, 'office-hours-editor-saved-en');
    await ingridPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(ingridPage)).toBe(true);
    await screenshot(ingridPage, 'office-hours-editor-phone-en');
    await ingridPage.setViewportSize({ width: 1280, height: 800 });

    // Saved: the editor shows the same hours after a reload.
    await ingridPage.reload();
    const reloaded = ingridPage.getByTestId(`weekday-${weekday}`).getByTestId('window');
    expect(await reloaded.getByTestId('window-start').inputValue()).toBe('10:00');
    expect(await reloaded.getByTestId('window-end').inputValue()).toBe('12:00');
  });

  it('shows the learner the slot at 11:00 in Vilnius, with Oslo’s 10:00 beside it, and books it', async () => {
    await signIn(rasaPage, rasa);
    await rasaPage.getByTestId('nav-office-hours').click();
    await rasaPage.waitForURL('**/office-hours');
    const lecturer = rasaPage.getByTestId('lecturer').filter({ hasText: ingrid.displayName });
    await lecturer.waitFor();
    expect(await lecturer.textContent()).toContain('Oslo (Europe/Oslo)');
    await lecturer.getByRole('link', { name: ingrid.displayName, exact: true }).click();
    await rasaPage.waitForURL('**/office-hours/lecturers/*');
    await rasaPage.getByTestId('book-heading').getByText(`Office hours of ${ingrid.displayName}`).waitFor();
    expect(await rasaPage.getByTestId('zones').textContent()).toContain('Europe/Vilnius');

    if (mondayOf(bookingDate) > mondayOf(todayIn('Europe/Vilnius'))) {
      await rasaPage.getByTestId('next-week').click();
    }
    const slot = rasaPage.locator(`[data-testid="slot"][data-start="${slotStart}"]`);
    await slot.waitFor();
    expect((await slot.textContent())?.trim()).toMatch(/^11:00\s*\(Oslo 10:00\)\s*Free$/);
    const label = (await slot.getAttribute('aria-label')) ?? '';
    expect(label).toContain(WEEKDAY_NAMES[weekday]);
    expect(label).toContain('11:00–11:30, Vilnius time (Oslo 10:00). Places left: 1 of 1.');

    // The grid by keyboard: one tab stop, the arrow keys move between the day's slots.
    const daySlots = rasaPage.getByTestId('calendar-day').filter({ has: slot }).getByTestId('slot');
    expect(await daySlots.count()).toBe(4);
    expect(await rasaPage.getByTestId('slot').count()).toBe(4);
    await daySlots.first().focus();
    await rasaPage.keyboard.press('ArrowDown');
    await rasaPage.keyboard.press('ArrowDown');
    expect(await rasaPage.evaluate(() => document.activeElement?.getAttribute('data-start'))).toBe(
      new Date(tenOslo + 60 * 60_000).toISOString(),
    );
    await rasaPage.keyboard.press('ArrowUp');
    await rasaPage.keyboard.press('ArrowUp');
    expect(await rasaPage.evaluate(() => document.activeElement?.getAttribute('data-start'))).toBe(slotStart);
    await screenshot(rasaPage, 'office-hours-booking-calendar-en');

    // Enter opens the booking dialog; focus is inside it.
    await rasaPage.keyboard.press('Enter');
    const dialog = rasaPage.getByTestId('booking-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('booking-when').textContent()).toMatch(
      /11:00–11:30, Vilnius time[\s\S]*10:00–10:30, Oslo time/,
    );
    await dialog.getByTestId('booking-question').fill(QUESTION);
    await settled(rasaPage);
    await screenshot(rasaPage, 'office-hours-booking-dialog-en');
    await dialog.getByTestId('booking-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await rasaPage.getByTestId('book-status').getByText(`with ${ingrid.displayName}`).waitFor();
    // Focus went back to the slot, which is now hers.
    await slot.getByText('Your booking').waitFor();
    expect(await slot.getAttribute('aria-disabled')).toBe('true');
    expect(await rasaPage.evaluate(() => document.activeElement?.getAttribute('data-start'))).toBe(slotStart);

    // On a phone the days stack and nothing scrolls sideways.
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(rasaPage)).toBe(true);
    await screenshot(rasaPage, 'office-hours-booking-calendar-phone-en');
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
  });

  it('lists the booking at 11:00 for the learner in Vilnius', async () => {
    await rasaPage.getByTestId('nav-bookings').click();
    await rasaPage.waitForURL('**/bookings');
    // Beside the demo booking with the Vilnius lecturer.
    const booking = rasaPage
      .getByTestId('upcoming-bookings')
      .getByTestId('booking')
      .filter({ hasText: `With ${ingrid.displayName}` });
    await booking.waitFor();
    expect(await booking.getByTestId('booking-time').textContent()).toBe('11:00–11:30');
    expect(await booking.getByTestId('booking-other-time').textContent()).toContain('Oslo: 10:00–10:30');
    expect(await booking.getByTestId('booking-question').textContent()).toBe(QUESTION);
    expect(await booking.getByTestId('booking-status').textContent()).toContain('Confirmed');
    // The room is not open before the slot starts.
    expect(await booking.getByTestId('join-room').isDisabled()).toBe(true);
    // The calendar feed address is there to copy.
    expect(await rasaPage.getByTestId('feed-url').inputValue()).toMatch(/\/api\/calendar\/.+\.ics$/);
    await screenshot(rasaPage, 'office-hours-bookings-learner-en');
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(rasaPage)).toBe(true);
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
  });

  it('lists it at 10:00 for the lecturer in Oslo, with the question', async () => {
    await ingridPage.getByTestId('nav-bookings').click();
    await ingridPage.waitForURL('**/bookings');
    const booking = ingridPage.getByTestId('upcoming-bookings').getByTestId('booking');
    await booking.first().waitFor();
    expect(await booking.count()).toBe(1);
    expect(await booking.getByTestId('booking-time').textContent()).toBe('10:00–10:30');
    expect(await booking.getByTestId('booking-other-time').count()).toBe(0);
    expect(await booking.textContent()).toContain(`Booked by ${rasa.displayName}`);
    expect(await booking.getByTestId('booking-question').textContent()).toBe(QUESTION);
    await screenshot(ingridPage, 'office-hours-bookings-lecturer-en');
  });

  it('moves the booking, and keeps it where it is when the new time is taken meanwhile', async () => {
    const booking = rasaPage.getByTestId('booking').filter({ hasText: `With ${ingrid.displayName}` });
    await booking.getByTestId('reschedule').click();
    let dialog = rasaPage.getByTestId('reschedule-dialog');
    await dialog.waitFor();
    // Her own slot is marked, not offered.
    const own = dialog.locator(`[data-testid="slot"][data-start="${slotStart}"]`);
    await own.getByText('Your booking').waitFor();
    await dialog.locator(`[data-testid="slot"][data-start="${laterStart}"]`).click();
    await rasaPage.getByTestId('reschedule-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await rasaPage
      .getByTestId('bookings-status')
      .getByText(/^Moved to .* 11:30\.$/)
      .waitFor();
    await booking.getByTestId('booking-time').getByText('11:30–12:00').waitFor();

    // Again, but someone else books the chosen time before she confirms.
    await booking.getByTestId('reschedule').click();
    dialog = rasaPage.getByTestId('reschedule-dialog');
    await dialog.locator(`[data-testid="slot"][data-start="${takenStart}"]`).click();
    const lecturers = (await (await callApi(tomas, 'GET', '/api/lecturers')).json()) as ListPage<LecturerSummary>;
    const lecturerId = lecturers.items.find((lecturer) => lecturer.displayName === ingrid.displayName)?.id;
    const taken = await callApi(tomas, 'POST', '/api/bookings', { lecturerId, start: takenStart });
    expect(taken.status).toBe(201);
    await rasaPage.getByTestId('reschedule-confirm').click();
    await dialog.getByTestId('form-error').getByText('That time has just been taken. Your booking stays on').waitFor();
    expect(await dialog.getByTestId('form-error').textContent()).toContain('11:30');
    await settled(rasaPage);
    await screenshot(rasaPage, 'office-hours-reschedule-taken-en');
    await rasaPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await booking.getByTestId('booking-time').textContent()).toBe('11:30–12:00');
    const mine = (await (await callApi(rasa, 'GET', '/api/bookings')).json()) as ListPage<Booking>;
    expect(
      mine.items.filter((item) => item.lecturer.displayName === ingrid.displayName).map((item) => item.start),
    ).toEqual([laterStart]);
  });

  it('lets the lecturer cancel with a message, and the learner sees it without reloading', async () => {
    await ingridPage.reload();
    const booking = ingridPage.getByTestId('booking').filter({ hasText: `Booked by ${rasa.displayName}` });
    await booking.getByTestId('booking-time').getByText('10:30–11:00').waitFor();
    await booking.getByTestId('cancel').click();
    const dialog = ingridPage.getByTestId('cancel-dialog');
    await dialog.getByTestId('cancel-message').fill('I am ill today, sorry. Please book another time.');
    await dialog.getByTestId('cancel-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await ingridPage
      .getByTestId('bookings-status')
      .getByText(/^Cancelled: /)
      .waitFor();

    const hers = rasaPage.getByTestId('booking').filter({ hasText: `With ${ingrid.displayName}` });
    await hers.getByTestId('booking-status').getByText('Cancelled by the lecturer').waitFor();
    expect(await hers.getByTestId('booking-cancel-message').textContent()).toContain('I am ill today');
    expect(await hers.getByTestId('cancel').count()).toBe(0);
  });

  it('makes a new calendar address only after a confirmation', async () => {
    const before = await rasaPage.getByTestId('feed-url').inputValue();
    await rasaPage.getByTestId('feed-regenerate').click();
    await rasaPage.getByRole('button', { name: 'Keep the current one' }).click();
    await rasaPage.locator('mat-dialog-container').waitFor({ state: 'detached' });
    expect(await rasaPage.getByTestId('feed-url').inputValue()).toBe(before);
    await rasaPage.getByTestId('feed-regenerate').click();
    await rasaPage.getByTestId('confirm').click();
    await rasaPage.getByTestId('feed-status').getByText('A new address is ready').waitFor();
    const after = await rasaPage.getByTestId('feed-url').inputValue();
    expect(after).not.toBe(before);
    expect((await fetch(before)).status).toBe(404);
    expect((await fetch(after)).status).toBe(200);
  });

  it('says it all in Lithuanian too', async () => {
    await rasaPage.getByTestId('language-lt').click();
    await rasaPage.getByRole('heading', { level: 1, name: 'Mano rezervacijos' }).waitFor();
    const hers = rasaPage.getByTestId('booking').filter({ hasText: `Konsultuoja ${ingrid.displayName}` });
    await hers.getByTestId('booking-status').getByText('Atšaukė dėstytojas').waitFor();
    expect(await hers.getByTestId('booking-time').textContent()).toBe('11:30–12:00');
    await screenshot(rasaPage, 'office-hours-bookings-learner-lt');
    await rasaPage.getByTestId('nav-office-hours').click();
    await rasaPage.getByRole('heading', { level: 1, name: 'Konsultacijų laikas' }).waitFor();
  });

  it('lights up "Join room" when the slot starts and its room opens, without reloading', async () => {
    // A five-minute slot starting at the next whole minute but one, as an extra window on that day.
    const start = Math.ceil((Date.now() + 60_000) / 60_000) * 60_000;
    const extra = soonWindow(start, 5);
    const hours = await callApi(ingrid, 'PUT', '/api/office-hours', {
      timeZone: extra.timeZone,
      weekly: [],
      exceptions: [{ date: extra.date, kind: 'extra', start: extra.from, end: extra.to }],
      slotMinutes: 5,
      capacity: 1,
      minNoticeMinutes: 0,
    });
    expect(hours.status).toBe(200);
    const lecturers = (await (await callApi(rasa, 'GET', '/api/lecturers')).json()) as ListPage<LecturerSummary>;
    const lecturerId = lecturers.items.find((lecturer) => lecturer.displayName === ingrid.displayName)?.id;
    const made = await callApi(rasa, 'POST', '/api/bookings', { lecturerId, start: new Date(start).toISOString() });
    expect(made.status).toBe(201);

    await rasaPage.getByTestId('nav-bookings').click();
    const booking = rasaPage
      .getByTestId('upcoming-bookings')
      .locator(`li[data-booking-id="${((await made.json()) as Booking).id}"]`);
    await booking.getByTestId('join-room').waitFor();
    expect(await booking.getByTestId('join-room').isDisabled()).toBe(true);
    const loads = countLoads(rasaPage);
    // The room opens at the start (a delayed job); the page looks again then, and the button becomes a link.
    const join = booking.locator('a[data-testid="join-room"]');
    await join.waitFor({ timeout: Math.max(0, start - Date.now()) + 90_000 });
    expect(loads()).toBe(0);
    await screenshot(rasaPage, 'office-hours-join-room-lt');
    expect(await join.getAttribute('href')).toMatch(/^\/consultations\/[0-9a-f-]{36}$/);
  }, 240_000);
});
