/**
 * A working group across organisations, in two browsers: Rasa (Utena
 * district municipality, English) owns a group that Tomas's NGO
 * ("Gintarinė akademija", Lithuanian) takes part in. Both open it from home;
 * they talk in a thread; Rasa @mentions Tomas, whose bell count rises live;
 * search finds Lithuanian words typed without diacritics and shows the
 * message in context; unread counts move live on the home page and on the
 * channel list; a phone-sized screen puts the channels in a drawer. The
 * group is made through the API in the set-up, so the test does not depend
 * on demo groups.
 */
import type { GroupDetail } from '@klasteris/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { DEMO_ORGANISATION_NAMES } from '../../api/src/seed/demo-organisations';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, groupWithTheNgo, signIn } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';
import { writeMessages } from './support/live-writer';

const rasa = demoAccount('learner@klasteris.demo'); // Utena district municipality, English
const tomas = demoAccount('learner.ngo@klasteris.demo'); // Gintarinė akademija (NGO), Lithuanian

const GROUP_NAME = 'Socialinė sveikata Biržuose';
const SEARCH_TARGET = 'Biržai ruošia planą, kaip gerinti visuomenės sveikatą kaimuose.';

let api: RunningApi;
let browser: Browser;
let rasaContext: BrowserContext;
let tomasContext: BrowserContext;
let rasaPage: Page;
let tomasPage: Page;
let group: GroupDetail;

beforeAll(async () => {
  api = await startApi();
  group = await groupWithTheNgo(api.baseUrl, rasa, {
    name: GROUP_NAME,
    description: 'Savivaldybės ir NVO kartu: visuomenės sveikata ir skurdo prevencija.',
  });
  await writeMessages(api.baseUrl, { email: rasa.email, password: DEMO_PASSWORD }, group.defaultRoomId, [
    SEARCH_TARGET,
    'Sveiki visi! Čia aptarsime bendrus darbus.',
  ]);

  browser = await launchBrowser();
  ({ context: rasaContext, page: rasaPage } = await openPage(browser, api.baseUrl));
  ({ context: tomasContext, page: tomasPage } = await openPage(browser, api.baseUrl));
});

afterAll(async () => {
  await rasaContext?.close();
  await tomasContext?.close();
  await browser?.close();
  await api?.stop();
});

/** Stored messages (not pending ones) in the main timeline whose text is exactly `text`. */
function timelineMessage(page: Page, text: string): Locator {
  return page
    .getByTestId('message-scroller')
    .getByTestId('message')
    .filter({ has: page.getByTestId('message-body').getByText(text, { exact: true }) });
}

function threadMessage(page: Page, text: string): Locator {
  return page
    .getByTestId('thread')
    .getByTestId('message')
    .filter({ has: page.getByTestId('message-body').filter({ hasText: text }) });
}

/** The composer under the channel's timeline (not the thread's). */
function mainComposer(page: Page): Locator {
  return page.locator('kl-live-room').getByTestId('composer');
}

async function bellCount(page: Page): Promise<number> {
  const badge = page.getByTestId('bell-count');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.textContent())?.replace(/\D/g, '') ?? 0);
}

describe('a working group across organisations', () => {
  it('lists the group on both home pages and opens it on its main channel', async () => {
    await signIn(rasaPage, rasa);
    await rasaPage.getByRole('heading', { level: 2, name: 'My working groups' }).waitFor();
    await rasaPage.getByTestId('group-link').filter({ hasText: GROUP_NAME }).click();
    await rasaPage.waitForURL(`**/groups/${group.id}`);
    await rasaPage.getByTestId('group-name').filter({ hasText: GROUP_NAME }).waitFor();
    expect(await rasaPage.title()).toBe('Working group · Klasteris');
    await timelineMessage(rasaPage, SEARCH_TARGET).waitFor();
    // Every author carries their organisation.
    expect(await timelineMessage(rasaPage, SEARCH_TARGET).getByTestId('organisation-badge').textContent()).toContain(
      DEMO_ORGANISATION_NAMES.utena,
    );

    await signIn(tomasPage, tomas);
    await tomasPage.getByRole('heading', { level: 2, name: 'Mano darbo grupės' }).waitFor();
    // Two messages Tomas has not read yet.
    await tomasPage
      .getByTestId('group-link')
      .filter({ hasText: GROUP_NAME })
      .getByTestId('group-unread')
      .filter({ hasText: 'Neperskaitytų žinučių: 2' })
      .waitFor();
    await tomasPage.getByTestId('group-link').filter({ hasText: GROUP_NAME }).click();
    await tomasPage.getByTestId('group-name').filter({ hasText: GROUP_NAME }).waitFor();
    await timelineMessage(tomasPage, SEARCH_TARGET).waitFor();
    await tomasPage.getByTestId('unread-marker').waitFor();
  });

  it('shows the members grouped by organisation', async () => {
    await rasaPage.getByTestId('toggle-members').click();
    const members = rasaPage.getByTestId('members');
    await members.getByTestId('member').filter({ hasText: tomas.displayName }).waitFor();
    // Focus moved into the panel; closing it puts focus back on the button.
    await rasaPage.waitForFunction(() => document.activeElement?.hasAttribute('data-panel-heading') === true);
    const headings = await members.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.join('|')).toContain(DEMO_ORGANISATION_NAMES.gintarine);
    expect(headings.join('|')).toContain(DEMO_ORGANISATION_NAMES.utena);
    await rasaPage.getByRole('button', { name: 'Close', exact: true }).click();
    await members.waitFor({ state: 'detached' });
    await rasaPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'toggle-members');
  });

  it('talks in a thread: replies go to the thread panel and the root counts them live', async () => {
    const composer = mainComposer(rasaPage);
    await composer.fill('Tomai, ar galėtumėte papasakoti apie savo projektą?');
    await composer.press('Enter');
    const root = timelineMessage(tomasPage, 'Tomai, ar galėtumėte papasakoti apie savo projektą?');
    await root.waitFor();

    await root.getByRole('button', { name: 'Atsakyti gijoje' }).click();
    await tomasPage.getByTestId('thread-heading').waitFor();
    await tomasPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'thread-heading');
    const threadComposer = tomasPage.getByTestId('thread-composer').getByTestId('composer');
    await threadComposer.fill('Žinoma! Dirbame su jaunimu Biržuose.');
    await threadComposer.press('Enter');
    await threadMessage(tomasPage, 'Žinoma! Dirbame su jaunimu Biržuose.').waitFor();

    // Rasa's timeline shows the count, not the reply.
    const rasaRoot = timelineMessage(rasaPage, 'Tomai, ar galėtumėte papasakoti apie savo projektą?');
    await rasaRoot.getByTestId('open-thread').filter({ hasText: 'Replies: 1' }).waitFor();
    expect(await timelineMessage(rasaPage, 'Žinoma! Dirbame su jaunimu Biržuose.').count()).toBe(0);
    await rasaRoot.getByTestId('open-thread').click();
    await threadMessage(rasaPage, 'Žinoma! Dirbame su jaunimu Biržuose.').waitFor();
    expect(
      await threadMessage(rasaPage, 'Žinoma! Dirbame su jaunimu Biržuose.')
        .getByTestId('organisation-badge')
        .textContent(),
    ).toContain(DEMO_ORGANISATION_NAMES.gintarine);
  });

  it('mentions a member picked from the list with the keyboard, and the bell rises live for them', async () => {
    const before = await bellCount(tomasPage);
    const threadComposer = rasaPage.getByTestId('thread-composer').getByTestId('composer');
    await threadComposer.focus();
    await threadComposer.pressSequentially('Puiku, @kaz', { delay: 30 });
    const listbox = rasaPage.getByTestId('mention-listbox');
    await listbox.waitFor();
    const option = listbox.getByRole('option', { name: new RegExp(tomas.displayName) });
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await threadComposer.press('Enter');
    await listbox.waitFor({ state: 'detached' });
    expect(await threadComposer.inputValue()).toBe(`Puiku, @${tomas.displayName} `);
    await threadComposer.pressSequentially('ar pasidalinsite ataskaita?', { delay: 10 });
    await threadComposer.press('Enter');

    const mentioned = threadMessage(tomasPage, 'ar pasidalinsite ataskaita?');
    await mentioned.waitFor();
    expect(await mentioned.getByTestId('mention').textContent()).toBe(`@${tomas.displayName}`);
    await tomasPage.waitForFunction(
      (count) =>
        Number(document.querySelector('[data-testid="bell-count"]')?.textContent?.replace(/\D/g, '') ?? 0) > count,
      before,
    );
    expect(await bellCount(tomasPage)).toBeGreaterThan(before);
    // Rasa's root now says 2 replies.
    await timelineMessage(rasaPage, 'Tomai, ar galėtumėte papasakoti apie savo projektą?')
      .getByTestId('open-thread')
      .filter({ hasText: 'Replies: 2' })
      .waitFor();
  });

  it('lets the owner pin a message, which every member sees live and finds among the pins', async () => {
    const question = 'Tomai, ar galėtumėte papasakoti apie savo projektą?';
    // Members may not pin; the owner may.
    expect(await timelineMessage(tomasPage, question).getByTestId('pin-toggle').count()).toBe(0);
    await timelineMessage(rasaPage, question).getByTestId('pin-toggle').click();
    await timelineMessage(rasaPage, question).getByTestId('pin-toggle').filter({ hasText: 'Unpin' }).waitFor();
    await timelineMessage(tomasPage, question).getByTestId('pinned-mark').filter({ hasText: 'Prisegta' }).waitFor();

    await tomasPage.getByTestId('toggle-pins').click();
    await tomasPage.getByTestId('pinned-message').filter({ hasText: question }).waitFor();
    // Back to the thread panel for the screenshots.
    await timelineMessage(tomasPage, question).getByTestId('open-thread').click();
    await tomasPage.getByTestId('thread-heading').waitFor();
  });

  it('takes screenshots of the group page in both languages', async () => {
    await screenshot(rasaPage, 'groups-page-en');
    await screenshot(tomasPage, 'groups-page-lt');
    await tomasPage.getByTestId('thread-close').click();
    await tomasPage.getByTestId('thread').waitFor({ state: 'detached' });
    await rasaPage.getByTestId('thread-close').click();
  });

  it('finds Lithuanian words typed without diacritics and shows the message in context', async () => {
    await tomasPage.getByTestId('toggle-search').click();
    const input = tomasPage.getByTestId('search-input');
    await input.fill('sveikata');
    await input.press('Enter');
    await tomasPage.getByTestId('search-results').getByText('Rezultatų pagal „sveikata“', { exact: false }).waitFor();
    const hit = tomasPage.getByTestId('search-hit').filter({ hasText: 'sveikatą' });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/sveikat/i);

    await input.fill('Birzai');
    await input.press('Enter');
    await tomasPage.getByTestId('search-results').getByText('Rezultatų pagal „Birzai“', { exact: false }).waitFor();
    const birzai = tomasPage.getByTestId('search-hit').filter({ hasText: 'Biržai ruošia planą' });
    await birzai.waitFor();
    expect((await birzai.locator('mark').allTextContents()).join(' ')).toContain('Biržai');
    await screenshot(tomasPage, 'groups-search-lt');

    await birzai.click();
    await tomasPage.waitForURL(/\?message=\d+$/);
    const target = timelineMessage(tomasPage, SEARCH_TARGET);
    await tomasPage.waitForFunction(() => document.querySelector('article.highlighted') !== null);
    expect(await target.evaluate((element) => element.classList.contains('highlighted'))).toBe(true);
    expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('opens the mention from the bell on the reply, in its thread', async () => {
    await tomasPage.getByTestId('bell').click();
    const notification = tomasPage.getByTestId('notification').filter({ hasText: rasa.displayName }).first();
    await notification.getByRole('link').click();
    await tomasPage.waitForURL(new RegExp(`/groups/${group.id}/channels/${group.defaultRoomId}\\?message=\\d+$`));
    const reply = threadMessage(tomasPage, 'ar pasidalinsite ataskaita?');
    await reply.waitFor();
    await tomasPage.waitForFunction(() => document.activeElement?.classList.contains('highlighted') === true);
    expect(await reply.evaluate((element) => element.classList.contains('highlighted'))).toBe(true);
  });

  it('counts unread messages live, on the home page and on the channel list', async () => {
    // A second channel, made by the owner through the manage panel.
    await rasaPage.getByTestId('toggle-manage').click();
    await rasaPage.getByTestId('channel-name-input').fill('Ataskaitos');
    await rasaPage.getByRole('button', { name: 'Create the channel' }).click();
    await rasaPage.getByTestId('channel-name').filter({ hasText: 'Ataskaitos' }).waitFor();
    await rasaPage.waitForURL(/\/channels\//);
    // Owners who are not admins find a person by name, typed without diacritics, and add them.
    if (!(await rasaPage.getByTestId('find-person').isVisible())) await rasaPage.getByTestId('toggle-manage').click();
    await rasaPage.getByTestId('find-person').fill('aiste');
    await rasaPage.getByTestId('find-person').press('Enter');
    await rasaPage.getByRole('button', { name: 'Add Aistė Petrauskienė to the group' }).click();
    await rasaPage.getByText('Aistė Petrauskienė was added.').waitFor();

    // Tomas on his group page, in the main channel: the new channel's messages count there.
    await tomasPage.reload();
    const reports = tomasPage.getByTestId('channel-link').filter({ hasText: 'Ataskaitos' });
    await reports.waitFor();
    const rasaComposer = mainComposer(rasaPage);
    await rasaComposer.fill('Įkėliau ketvirčio ataskaitą.');
    await rasaComposer.press('Enter');
    await reports.getByTestId('channel-unread').filter({ hasText: 'Neperskaitytų žinučių: 1' }).waitFor();

    // And on the home page, without reloading it.
    await tomasPage.getByRole('link', { name: '← Pradžia' }).click();
    const badge = tomasPage.getByTestId('group-link').filter({ hasText: GROUP_NAME }).getByTestId('group-unread');
    await badge.filter({ hasText: 'Neperskaitytų žinučių: 1' }).waitFor();
    await rasaComposer.fill('Ir dar vieną priedą.');
    await rasaComposer.press('Enter');
    await badge.filter({ hasText: 'Neperskaitytų žinučių: 2' }).waitFor();
    await screenshot(tomasPage, 'home-groups-lt');

    // Reading the channel clears them.
    await tomasPage.getByTestId('group-link').filter({ hasText: GROUP_NAME }).click();
    await tomasPage.getByTestId('channel-link').filter({ hasText: 'Ataskaitos' }).click();
    await timelineMessage(tomasPage, 'Ir dar vieną priedą.').waitFor();
    await tomasPage.getByRole('link', { name: '← Pradžia' }).click();
    await tomasPage
      .getByTestId('group-link')
      .filter({ hasText: GROUP_NAME })
      .getByTestId('group-unread')
      .waitFor({ state: 'detached' });
  });

  it('puts the channels in a drawer on a phone, and works with the keyboard', async () => {
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    await rasaPage.goto(`/groups/${group.id}`);
    await rasaPage.getByTestId('group-name').waitFor();
    await timelineMessage(rasaPage, SEARCH_TARGET).waitFor();
    expect(await fitsWidth(rasaPage)).toBe(true);
    await screenshot(rasaPage, 'groups-page-en-phone');

    const toggle = rasaPage.getByTestId('open-channels');
    await toggle.focus();
    await rasaPage.keyboard.press('Enter');
    const link = rasaPage.getByTestId('channel-link').filter({ hasText: 'Ataskaitos' });
    await link.waitFor({ state: 'visible' });
    // Focus moves into the drawer (and stays there until it closes).
    await rasaPage.waitForFunction(() => document.getElementById('group-channels')?.contains(document.activeElement));
    await screenshot(rasaPage, 'groups-channels-drawer-en-phone');
    await rasaPage.keyboard.press('Escape');
    await link.waitFor({ state: 'hidden' });
    await rasaPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'open-channels');

    await tomasPage.setViewportSize({ width: 375, height: 740 });
    await tomasPage.goto(`/groups/${group.id}`);
    await tomasPage.getByTestId('group-name').waitFor();
    expect(await fitsWidth(tomasPage)).toBe(true);
    await screenshot(tomasPage, 'groups-page-lt-phone');
  });

  it('creates a group from home, with organisations, and opens it as its owner', async () => {
    await tomasPage.setViewportSize({ width: 1280, height: 800 });
    await tomasPage.goto('/');
    await tomasPage.getByTestId('create-group').click();
    await tomasPage.waitForURL('**/groups/new');
    // Refused without a name: focus lands on the field to fix.
    await tomasPage.getByRole('button', { name: 'Sukurti grupę' }).click();
    await tomasPage.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'group-name-input');
    await tomasPage.getByTestId('group-name-input').fill('Jaunimo užimtumas');
    await tomasPage.getByRole('checkbox', { name: DEMO_ORGANISATION_NAMES.prienai }).check();
    await tomasPage.getByRole('button', { name: 'Sukurti grupę' }).click();
    await tomasPage.getByTestId('group-name').filter({ hasText: 'Jaunimo užimtumas' }).waitFor();
    await tomasPage.getByTestId('toggle-manage').waitFor();
    expect(await tomasPage.getByRole('list', { name: 'Šios grupės organizacijos' }).textContent()).toContain(
      DEMO_ORGANISATION_NAMES.prienai,
    );
  });

  it('lets the owner make a member an owner too, who can then manage the group', async () => {
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
    await rasaPage.goto(`/groups/${group.id}`);
    await rasaPage.getByTestId('toggle-members').click();
    const tomasRow = rasaPage.getByTestId('members').getByTestId('member').filter({ hasText: tomas.displayName });
    await tomasRow.getByRole('button', { name: `Make ${tomas.displayName} an owner of the group` }).click();
    await tomasRow.getByText('owner', { exact: true }).waitFor();
    // Tomas (in Lithuanian) now finds the group's management open to him.
    await tomasPage.goto(`/groups/${group.id}`);
    await tomasPage.getByTestId('group-name').filter({ hasText: GROUP_NAME }).waitFor();
    await tomasPage.getByTestId('toggle-manage').waitFor();
  });

  it('says plainly when a group does not exist', async () => {
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
    await rasaPage.goto('/groups/00000000-0000-4000-8000-000000000000');
    await rasaPage
      .getByRole('heading', { level: 1, name: 'This group does not exist, or you are not in it' })
      .waitFor();
  });
});
