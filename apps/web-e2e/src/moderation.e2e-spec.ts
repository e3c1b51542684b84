/**
 * Moderation in two browsers. Rasa (a learner, English) has a working group
 * with Tomas's NGO; Tomas wrote a rude message in its channel. Rasa reports
 * it from the message's menu (a second report is taken kindly). Mantas (the
 * moderator, Lithuanian) opens the moderation console in another browser,
 * finds the item in the queue with Rasa's reason and the messages around it
 * (screenshots in both languages), and hides it with a reason: Rasa's open
 * channel drops it without reloading, while it stays for Mantas, greyed,
 * "hidden by" him. The audit log lists the action. Mantas then locks the
 * room from the Rooms tab, and Rasa's composer says the room is locked; he
 * unlocks it from the room's own settings menu, by keyboard, and restores
 * the message from its menu: it comes back, in its place, in Rasa's view.
 * The group is made through the API in the set-up.
 */
import type { GroupDetail } from '@klasteris/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, groupWithTheNgo, signIn } from './support/demo';
import { fitsWidth, focusReached, launchBrowser, openPage, screenshot } from './support/browser';
import { writeMessages } from './support/live-writer';

const rasa = demoAccount('learner@klasteris.demo'); // Utena district municipality, English
const tomas = demoAccount('learner.ngo@klasteris.demo'); // Gintarinė akademija (NGO), Lithuanian
const mantas = demoAccount('moderator@klasteris.demo'); // moderator, Lithuanian

const GROUP_NAME = 'Moderavimo bandymas Utenoje';
const BEFORE = 'Labas, ar visi gavote darbotvarkę?';
const REPORTED = 'Jūsų idėjos visiškai kvailos, nė neverta jų klausyti.';
const AFTER = 'Susitinkame ketvirtadienį dešimtą.';
const REPORT_REASON = 'Insulting the other members of the group.';
const HIDE_REASON = 'Įžeidžiantis tonas kitų narių atžvilgiu.';
const LOCK_REASON = 'Pauzė, kol aptarsime bendravimo taisykles.';

let api: RunningApi;
let browser: Browser;
let rasaContext: BrowserContext;
let mantasContext: BrowserContext;
let rasaPage: Page;
let mantasPage: Page;
let group: GroupDetail;

beforeAll(async () => {
  api = await startApi();
  group = await groupWithTheNgo(api.baseUrl, rasa, {
    name: GROUP_NAME,
    description: 'Savivaldybė ir NVO kartu planuoja jaunimo užimtumą.',
  });
  await writeMessages(api.baseUrl, { email: rasa.email, password: DEMO_PASSWORD }, group.defaultRoomId, [BEFORE]);
  await writeMessages(api.baseUrl, { email: tomas.email, password: DEMO_PASSWORD }, group.defaultRoomId, [REPORTED]);
  await writeMessages(api.baseUrl, { email: rasa.email, password: DEMO_PASSWORD }, group.defaultRoomId, [AFTER]);

  browser = await launchBrowser();
  ({ context: rasaContext, page: rasaPage } = await openPage(browser, api.baseUrl));
  ({ context: mantasContext, page: mantasPage } = await openPage(browser, api.baseUrl));
});

afterAll(async () => {
  await rasaContext?.close();
  await mantasContext?.close();
  await browser?.close();
  await api?.stop();
});

/** Stored messages in the channel's timeline whose text is exactly `text`. */
function timelineMessage(page: Page, text: string): Locator {
  return page
    .getByTestId('message-scroller')
    .getByTestId('message')
    .filter({ has: page.getByTestId('message-body').getByText(text, { exact: true }) });
}

function queueCard(page: Page): Locator {
  return page.getByTestId('report-card').filter({ hasText: REPORTED });
}

describe('moderating a working group channel', () => {
  it('lets a member report someone else’s message, once, and never their own', async () => {
    await signIn(rasaPage, rasa);
    await rasaPage.goto(`/groups/${group.id}`);
    await timelineMessage(rasaPage, REPORTED).waitFor();
    // Her own message has no report menu.
    expect(await timelineMessage(rasaPage, AFTER).getByTestId('message-more').count()).toBe(0);

    // By keyboard: the menu, the item, the dialog.
    await timelineMessage(rasaPage, REPORTED).getByTestId('message-more').focus();
    await rasaPage.keyboard.press('Enter');
    await focusReached(rasaPage.getByTestId('report-message'));
    await rasaPage.keyboard.press('Enter');
    const dialog = rasaPage.getByRole('dialog', { name: `Report ${tomas.displayName}'s message` });
    await dialog.waitFor();
    // Refused without a reason.
    await dialog.getByTestId('report-submit').click();
    await dialog.getByText('Please write a reason').waitFor();
    await dialog.getByTestId('report-reason').fill(REPORT_REASON);
    await dialog.getByTestId('report-submit').click();
    await dialog.getByTestId('report-outcome').filter({ hasText: 'Thank you' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the message's menu button.
    await rasaPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'message-more');

    // A second report of the same message is taken kindly.
    await timelineMessage(rasaPage, REPORTED).getByTestId('message-more').click();
    await rasaPage.getByTestId('report-message').click();
    await dialog.getByTestId('report-reason').fill('Still rude.');
    await dialog.getByTestId('report-submit').click();
    await dialog.getByTestId('report-outcome').filter({ hasText: 'already reported' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the moderator the item in context with the reason, in both languages', async () => {
    await signIn(mantasPage, mantas);
    await mantasPage.getByTestId('nav-moderation').click();
    await mantasPage.waitForURL('**/moderation/queue');
    const card = queueCard(mantasPage);
    await card.waitFor();
    expect(await card.getByTestId('report-reason-text').first().textContent()).toContain(REPORT_REASON);
    expect(await card.getByTestId('report-entry').first().textContent()).toContain(rasa.displayName);
    // The reported message is marked among the messages around it.
    expect(await card.getByTestId('reported-message').textContent()).toContain(REPORTED);
    expect((await card.getByTestId('context-message').allTextContents()).join('|')).toContain(BEFORE);
    expect(await mantasPage.title()).toBe('Moderavimo eilė · Klasteris');
    await screenshot(mantasPage, 'moderation-console-lt');

    await mantasPage.getByTestId('language-en').click();
    await mantasPage.getByTestId('queue-heading').filter({ hasText: 'Reported items' }).waitFor();
    await screenshot(mantasPage, 'moderation-console-en');
  });

  it('hides the message from the console, and the member’s open channel drops it live', async () => {
    const card = queueCard(mantasPage);
    // Every action needs a reason.
    await card.getByTestId('queue-hide').click();
    await card.getByText('Write a reason').waitFor();
    await card.getByTestId('queue-reason').fill(HIDE_REASON);
    await card.getByTestId('queue-hide').click();
    await card.waitFor({ state: 'detached' });
    await mantasPage.getByTestId('queue-done').waitFor();
    // The queue is empty now: focus went to its heading.
    await mantasPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'queue-heading');

    // Rasa never reloaded.
    await timelineMessage(rasaPage, REPORTED).waitFor({ state: 'detached' });
    await timelineMessage(rasaPage, AFTER).waitFor();

    // Among the resolved ones it is still there, and in the room a moderator still sees it, greyed.
    await mantasPage.getByTestId('queue-status-resolved').click();
    await queueCard(mantasPage).waitFor();
    await mantasPage.goto(`/groups/${group.id}`);
    const hidden = timelineMessage(mantasPage, REPORTED);
    await hidden.getByTestId('hidden-mark').filter({ hasText: 'Hidden' }).waitFor();
    expect(await hidden.getAttribute('data-hidden')).toBe('true');
    await screenshot(mantasPage, 'moderation-hidden-message-en');
  });

  it('records the action in the audit log', async () => {
    await mantasPage.goto('/moderation/audit');
    const row = mantasPage.getByTestId('audit-entry').filter({ hasText: HIDE_REASON });
    await row.waitFor();
    expect(await row.textContent()).toContain(mantas.displayName);
    expect(await row.textContent()).toContain(tomas.displayName);
    await screenshot(mantasPage, 'moderation-audit-en');
  });

  it('locks the room from the Rooms tab, and the member’s composer says so', async () => {
    await mantasPage.getByTestId('moderation-tab-rooms').click();
    // A room is found by its group's name too, diacritics or not.
    await mantasPage.getByTestId('rooms-search').fill('moderavimo bandymas utenoje');
    await mantasPage.getByTestId('rooms-search').press('Enter');
    const room = mantasPage.locator(`[data-testid="moderated-room"][data-room-id="${group.defaultRoomId}"]`);
    await room.waitFor();
    await room.getByTestId('room-lock-toggle').click();
    const dialog = mantasPage.getByRole('dialog');
    await dialog.getByTestId('action-reason').fill(LOCK_REASON);
    await dialog.getByTestId('action-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await room.getByTestId('room-lock-state').filter({ hasText: 'Locked' }).waitFor();

    const composer = rasaPage.locator('kl-live-room').getByTestId('composer');
    await rasaPage.locator('kl-live-room').getByTestId('composer-disabled').filter({ hasText: 'locked' }).waitFor();
    expect(await composer.isDisabled()).toBe(true);
  });

  it('lets the moderator unlock the room from its header menu, by keyboard, and the member can write again', async () => {
    await mantasPage.goto(`/groups/${group.id}`);
    const settings = mantasPage.getByTestId('room-settings');
    await mantasPage.getByTestId('room-settings-state').filter({ hasText: 'Locked' }).waitFor();
    await settings.focus();
    await mantasPage.keyboard.press('Enter');
    await focusReached(mantasPage.getByTestId('room-settings-lock').filter({ hasText: 'Unlock the room' }));
    await mantasPage.keyboard.press('Enter');
    const channel = group.channels.find((candidate) => candidate.id === group.defaultRoomId);
    const dialog = mantasPage.getByRole('dialog', { name: `Unlock ${channel?.name ?? ''}` });
    await dialog.waitFor();
    await mantasPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'action-reason');
    await mantasPage.keyboard.type('Taisyklės aptartos.');
    await dialog.getByTestId('action-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await mantasPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'room-settings');

    const composer = rasaPage.locator('kl-live-room').getByTestId('composer');
    await rasaPage.waitForFunction(
      () =>
        (document.querySelector('kl-live-room [data-testid="composer"]') as HTMLTextAreaElement | null)?.disabled ===
        false,
    );
    await composer.fill('Ačiū, tęsiame.');
    await composer.press('Enter');
    await timelineMessage(mantasPage, 'Ačiū, tęsiame.').waitFor();
  });

  it('restores the message from its menu in the room, and it comes back in its place for the member', async () => {
    const hidden = timelineMessage(mantasPage, REPORTED);
    await hidden.getByTestId('message-more').click();
    await mantasPage.getByTestId('moderate-message').filter({ hasText: 'Restore' }).click();
    const dialog = mantasPage.getByRole('dialog', { name: `Restore the message from ${tomas.displayName}` });
    await dialog.getByTestId('action-reason').fill('Autorius atsiprašė.');
    await dialog.getByTestId('action-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await hidden.getByTestId('hidden-mark').waitFor({ state: 'detached' });

    const back = timelineMessage(rasaPage, REPORTED);
    await back.waitFor();
    const order = await rasaPage.getByTestId('message-scroller').getByTestId('message-body').allTextContents();
    expect(order.indexOf(BEFORE)).toBeLessThan(order.indexOf(REPORTED));
    expect(order.indexOf(REPORTED)).toBeLessThan(order.indexOf(AFTER));
  });

  it('works on a phone-sized screen', async () => {
    await mantasPage.setViewportSize({ width: 375, height: 740 });
    await mantasPage.goto('/moderation/audit');
    await mantasPage.getByTestId('audit-entry').first().waitFor();
    expect(await fitsWidth(mantasPage)).toBe(true);
  });
});
