/**
 * The administration console. Eglė (the admin, English) finds Rasa by part
 * of her name and makes her a lecturer, confirmed in a snackbar and kept
 * after a reload; changing her own role is refused with the reason. She adds
 * an organisation, which is listed at once. On the moderation settings she
 * adds a banned-word list and edits its words and what a match does. Last,
 * in Lithuanian, she looks at the system's health and refreshes it.
 * Screenshots: admin-people-en, admin-moderation-settings-en, admin-health-lt.
 */
import { randomBytes } from 'node:crypto';

import type { AdminUserView, AuthResponse, Page as ListPage } from '@klasteris/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const egle = demoAccount('admin@klasteris.demo'); // English profile
const rasa = demoAccount('learner@klasteris.demo');
const suffix = randomBytes(3).toString('hex');
const ORGANISATION = `Zarasų rajono savivaldybė ${suffix}`;
const LIST_NAME = `Įžeidimai ${suffix}`;

let api: RunningApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser, api.baseUrl));
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(egle.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${api.baseUrl}/`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

/** What the API says about a person, as the admin. */
async function personByEmail(email: string): Promise<AdminUserView> {
  const login = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: egle.email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as AuthResponse;
  const response = await fetch(`${api.baseUrl}/api/users?query=${encodeURIComponent(email)}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await response.json()) as ListPage<AdminUserView>;
  const person = items.find((item) => item.email === email);
  if (!person) throw new Error(`No ${email} among the people`);
  return person;
}

function personCard(name: string) {
  return page.getByTestId('person').filter({ has: page.getByTestId('person-name').getByText(name) });
}

describe('the administration console', () => {
  it('finds a person by part of the name and changes their role', async () => {
    await page.getByTestId('nav-admin').click();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.waitForURL('**/admin/people');
    expect(await page.title()).toBe('People · Klasteris');

    await page.getByLabel('Find by name or e-mail address').fill('jonait');
    const card = personCard(rasa.displayName);
    await card.waitFor();
    await page.getByTestId('people-count').getByText('People shown: 1').waitFor();
    expect(await card.textContent()).toContain(rasa.email);

    await card.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Lecturer' }).click();
    await page.locator('mat-snack-bar-container').getByText(`${rasa.displayName} is now: Lecturer.`).waitFor();
    expect((await personByEmail(rasa.email)).role).toBe('lecturer');
    await screenshot(page, 'admin-people-en');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.reload();
    await page.getByLabel('Find by name or e-mail address').fill(rasa.email);
    const reloaded = personCard(rasa.displayName);
    await reloaded.getByTestId('person-role').getByText('Lecturer', { exact: true }).waitFor();

    // Deactivating asks first; reactivating does not.
    await reloaded.getByRole('button', { name: `Deactivate ${rasa.displayName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Deactivate this account?' }).waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await reloaded.getByTestId('person-deactivated').waitFor();
    expect((await personByEmail(rasa.email)).deactivated).toBe(true);
    await reloaded.getByRole('button', { name: `Reactivate ${rasa.displayName}` }).click();
    await reloaded.getByTestId('person-deactivated').waitFor({ state: 'detached' });
    expect((await personByEmail(rasa.email)).deactivated).toBe(false);
  });

  it('refuses to let the admin demote herself, and says why', async () => {
    await page.getByLabel('Find by name or e-mail address').fill(egle.email);
    const own = personCard(egle.displayName);
    await own.getByText('(you)').waitFor();
    await own.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Learner' }).click();
    await page.getByTestId('form-error').getByText('You cannot change your own role').waitFor();
    // The choice goes back to what is saved.
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await own.getByTestId('person-role').getByText('Admin', { exact: true }).waitFor();
    expect((await personByEmail(egle.email)).role).toBe('admin');
  });

  it('adds an organisation, listed at once', async () => {
    await page.getByRole('tab', { name: 'Organisations' }).click();
    await page.waitForURL('**/admin/organisations');
    await page.getByTestId('organisation-row').first().waitFor();
    const before = await page.getByTestId('organisation-row').count();

    // Nothing written: refused here, with the keyboard on the field.
    await page.getByTestId('organisation-submit').click();
    await page.getByText("Write the organisation's name.").waitFor();

    await page.getByLabel('Name').fill(ORGANISATION);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Municipality' }).click();
    await page.getByRole('combobox', { name: 'Country' }).click();
    await page.getByRole('option', { name: 'Lithuania' }).click();
    await page.getByTestId('organisation-submit').click();
    await page.getByTestId('organisations-status').getByText(`${ORGANISATION} was added.`).waitFor();
    const row = page.getByTestId('organisation-row').filter({ hasText: ORGANISATION });
    await row.waitFor();
    expect(await row.textContent()).toContain('Municipality');
    expect(await page.getByTestId('organisation-row').count()).toBe(before + 1);
  });

  it('adds a banned-word list and edits it', async () => {
    await page.getByRole('tab', { name: 'Moderation settings' }).click();
    await page.waitForURL('**/admin/moderation');
    await page.getByTestId('add-list').click();
    // The button is gone; the keyboard is at the new list's form.
    await page.getByRole('heading', { name: 'New list' }).and(page.locator(':focus')).waitFor();

    const added = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'New list' }) });
    await added.getByLabel('List name').fill(LIST_NAME);
    await added.getByRole('radio', { name: 'Lietuvių' }).check();
    await added.getByRole('radio', { name: 'Refuse the message' }).check();
    await added.getByLabel('Words and phrases, one a line').fill('kvailys\n\nKvailys\n  durnius  \n');
    await added.getByText('Entries: 2.').waitFor();
    await added.getByRole('button', { name: 'Add a list' }).click();
    await page.getByTestId('moderation-settings-status').getByText(`List “${LIST_NAME}” saved.`).waitFor();

    const list = page.getByRole('article').filter({ has: page.getByRole('heading', { name: LIST_NAME }) });
    await list.getByText('refused · entries: 2').waitFor();
    await list.getByLabel('Words and phrases, one a line').fill('kvailys\ndurnius\nasilas');
    await list.getByRole('radio', { name: /^Hold the message for review/ }).check();
    await list.getByRole('button', { name: 'Save list' }).click();
    await list.getByText('held for review · entries: 3').waitFor();

    await page.reload();
    const reloaded = page.getByRole('article').filter({ has: page.getByRole('heading', { name: LIST_NAME }) });
    expect(await reloaded.getByLabel('Words and phrases, one a line').inputValue()).toBe('kvailys\ndurnius\nasilas');
    expect(await reloaded.getByRole('radio', { name: /^Hold the message for review/ }).isChecked()).toBe(true);

    await page.getByLabel('Messages a minute').waitFor();
    await page.getByLabel('Days to keep').fill('90');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('moderation-settings-status').getByText('now kept for 90 days').waitFor();
    await screenshot(page, 'admin-moderation-settings-en');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows the system health in Lithuanian, with a refresh', async () => {
    await page.getByTestId('language-lt').click();
    await page.getByRole('tab', { name: 'Sistemos būklė' }).click();
    await page.waitForURL('**/admin/health');
    await page.getByRole('heading', { level: 2, name: 'Sistemos būklė' }).waitFor();
    await page.getByTestId('check-database').getByText('veikia').waitFor();
    expect(await page.getByTestId('check-redis').textContent()).toContain('nenustatyta');
    expect(await page.getByTestId('count-people').textContent()).toMatch(/^\s*\d+\s*$/);
    await page.getByTestId('refresh-health').click();
    await page
      .getByTestId('health-updated')
      .getByText(/Atnaujinta \d/)
      .waitFor();
    await page.getByRole('link', { name: 'Atverti užduočių eiles' }).waitFor();
    await screenshot(page, 'admin-health-lt');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(page)).toBe(true);
  });
});
