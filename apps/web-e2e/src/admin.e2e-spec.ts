/**
 * Setting an assignment in the browser, and the administration pages.
 * Aistė (a lecturer, Lithuanian) opens a module of her programme, adds an
 * assignment with its title in both languages and a due time, and sees it
 * listed at once; its page shows the due time she typed. A learner hands in
 * to it (over the API), so an e-mail to Aistė is written to the outbox.
 * Eglė (the admin, English) opens the administration from the top bar, sees
 * the job queues with their counts, refreshes them, and finds that e-mail in
 * the mail outbox. A learner who types /admin/queues lands on the home page.
 * Screenshots of the form and both admin pages go to test-artifacts/.
 */
import type { AuthResponse } from '@klasteris/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DEMO_PASSWORD, type DemoAccount } from '../../api/src/seed/demo-accounts';
import { DEMO_PROGRAMMES } from '../../api/src/seed/demo-programmes';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const aiste = demoAccount('lecturer@klasteris.demo'); // Lithuanian profile, teaches both demo programmes
const egle = demoAccount('admin@klasteris.demo'); // English profile
const tomas = demoAccount('learner.ngo@klasteris.demo');
const programme = DEMO_PROGRAMMES[0];
const chosenModule = programme.modules[1];

const TITLE = { lt: 'Bendruomenės poreikių žemėlapis', en: 'A map of community needs' };
const INSTRUCTIONS = {
  lt: 'Surašykite **tris** savo bendruomenės poreikius ir kas galėtų padėti juos patenkinti.',
  en: 'List **three** needs of your community and who could help to meet them.',
};
/** Typed into the due field in Aistė's zone (Europe/Vilnius). */
const DUE_INPUT = '2026-12-18T16:00';

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.stop();
});

async function signedIn(account: DemoAccount): Promise<Page> {
  const { context, page } = await openPage(browser, api.baseUrl);
  contexts.push(context);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${api.baseUrl}/`);
  return page;
}

/** A call to the API as a demo account, outside the browser. */
async function callAs(account: DemoAccount, method: string, path: string, body?: unknown): Promise<unknown> {
  const login = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as AuthResponse;
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} as ${account.email}: ${response.status} ${await response.text()}`);
  return response.json();
}

describe('a lecturer adds an assignment, and an admin watches the queues and the outbox', () => {
  let programmeId = '';
  let assignmentId = '';

  it('lets the lecturer add an assignment on a module of her programme, listed at once', async () => {
    const page = await signedIn(aiste);
    await page.getByTestId('nav-programmes').click();
    await page
      .getByTestId('programme-card')
      .filter({ hasText: programme.title.lt })
      .getByRole('link', { name: programme.title.lt, exact: true })
      .click();
    await page.getByTestId('module-entry').getByRole('link', { name: chosenModule.title.lt, exact: true }).click();
    await page.getByTestId('module-title').getByText(chosenModule.title.lt).waitFor();
    programmeId = new URL(page.url()).pathname.split('/')[2];
    const before = await page.getByTestId('assignment-link').count();

    await page.getByTestId('add-assignment').click();
    // The form opens with the keyboard in its first field.
    await page.getByTestId('assignment-title-lt').and(page.locator(':focus')).waitFor();

    // Nothing written: refused here, before anything is sent.
    await page.getByTestId('assignment-submit').click();
    await page.getByTestId('assignment-form').getByRole('alert').getByText('Prieš išsaugodami užpildykite').waitFor();

    await page.getByTestId('assignment-title-lt').fill(TITLE.lt);
    await page.getByTestId('assignment-title-en').fill(TITLE.en);
    await page.getByTestId('assignment-instructions-lt').fill(INSTRUCTIONS.lt);
    await page.getByTestId('assignment-instructions-en').fill(INSTRUCTIONS.en);
    await page.getByTestId('assignment-due').fill(DUE_INPUT);
    await page.getByText('Parašyta abiem kalbomis.').first().waitFor();
    await screenshot(page, 'module-add-assignment-lt');

    const loads = { count: 0 };
    page.on('load', () => loads.count++);
    await page.getByTestId('assignment-submit').click();
    await page.getByRole('status').getByText(`Užduotis „${TITLE.lt}“ pridėta.`).waitFor();
    const added = page.getByTestId('assignment-link').filter({ hasText: TITLE.lt });
    await added.waitFor();
    expect(await page.getByTestId('assignment-link').count()).toBe(before + 1);
    expect(await page.getByTestId('assignment-form').count()).toBe(0);
    expect(loads.count).toBe(0);
    await screenshot(page, 'module-assignment-added-lt');

    // The due time is the one she typed, in her zone.
    await added.click();
    await page.getByTestId('assignment-title').getByText(TITLE.lt).waitFor();
    assignmentId = new URL(page.url()).pathname.split('/')[2];
    expect(await page.locator('body').textContent()).toContain('16:00');
  });

  it('writes an e-mail to the outbox when a learner hands in to it', async () => {
    await callAs(tomas, 'POST', `/api/programmes/${programmeId}/enrolment`);
    await callAs(tomas, 'POST', `/api/assignments/${assignmentId}/submissions`, {
      body: 'Trys poreikiai ir partneriai.',
    });
  });

  it('shows the admin the job queues with their counts', async () => {
    const page = await signedIn(egle);
    await page.getByTestId('nav-admin').click();
    await page.waitForURL('**/admin/queues');
    expect(await page.title()).toBe('Job queues · Klasteris');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();

    const notifications = page.getByTestId('queue-notifications');
    await notifications.getByRole('rowheader').getByText('Notifications', { exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Failed', exact: true }).waitFor();
    expect(await notifications.getByTestId('count-failed').textContent()).toMatch(/^\s*\d+\s*$/);
    // Its failed jobs (if any) are a button away.
    await page.getByRole('button', { name: 'Failed jobs: Notifications' }).click();
    await page.getByRole('heading', { level: 2, name: 'Failed jobs: Notifications' }).waitFor();
    await page
      .getByTestId('failed-jobs')
      .locator('[data-testid=no-failed-jobs], [data-testid=failed-job]')
      .first()
      .waitFor();

    await page.getByTestId('refresh-queues').click();
    await page
      .getByTestId('queues-updated')
      .getByText(/Updated at \d/)
      .waitFor();
    await screenshot(page, 'admin-queues-en');

    // On a phone the table scrolls by itself; the page does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows the admin the mail outbox, with the lecturer’s e-mail to open', async () => {
    const page = await signedIn(egle);
    await page.goto('/admin/queues');
    await page.getByRole('tab', { name: 'Mail outbox' }).click();
    await page.waitForURL('**/admin/outbox');
    expect(await page.title()).toBe('Mail outbox · Klasteris');

    // The e-mail is sent by a job: refresh until it is there.
    const mail = page.getByTestId('outbox-mail').filter({ hasText: TITLE.lt });
    for (let attempt = 0; attempt < 40 && (await mail.count()) === 0; attempt++) {
      await page.waitForTimeout(500);
      await page.getByTestId('refresh-outbox').click();
    }
    await mail.waitFor();
    expect(await mail.getByTestId('outbox-subject').textContent()).toBe(`Naujas atsiskaitymas: ${TITLE.lt}`);
    expect(await mail.textContent()).toContain(aiste.email);
    const text = mail.getByTestId('outbox-text');
    expect(await text.isVisible()).toBe(false);
    await mail.locator('summary').focus();
    await page.keyboard.press('Enter');
    await text.waitFor();
    expect(await text.textContent()).toContain(tomas.displayName);
    await screenshot(page, 'admin-outbox-en');
  });

  it('keeps learners out: /admin/queues leads home, and there is no link to it', async () => {
    const page = await signedIn(tomas);
    await page.getByTestId('nav-programmes').waitFor();
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    await page.goto('/admin/queues');
    await page.waitForURL(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${tomas.displayName}` }).waitFor();
    expect(await page.getByTestId('queue-table').count()).toBe(0);
  });
});
