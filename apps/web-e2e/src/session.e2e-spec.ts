/**
 * The access token lives in memory for a short time; the refresh cookie
 * keeps the person signed in. With a 10-second token: a call made after it
 * expired is refreshed and retried once, invisibly, and the live connection
 * comes back with a fresh token after the server drops it. Several tabs
 * starting together take turns to refresh, so none of them looks like a
 * stolen token to the server.
 */
import type { Browser, Response } from 'playwright-core';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { type RunningApi, startApi } from './support/api-server';
import { launchBrowser, openPage } from './support/browser';

const ACCESS_TOKEN_TTL_SECONDS = 10;
const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === 'lecturer.no@klasteris.demo');
if (!account) throw new Error('The seed has no Norwegian lecturer');
const admin = DEMO_ACCOUNTS.find((candidate) => candidate.email === 'admin@klasteris.demo');
if (!admin) throw new Error('The seed has no admin');

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  api = await startApi({ env: { ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS) } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

it('refreshes an expired access token once and retries the call', async () => {
  const { context, page } = await openPage(browser, api.baseUrl);
  const calls: string[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/'))
      calls.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
  });

  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${account.displayName}` }).waitFor();
  await page.getByTestId('live-status').filter({ hasText: 'Live updates on' }).waitFor();

  await page.waitForTimeout((ACCESS_TOKEN_TTL_SECONDS + 2) * 1000);
  calls.length = 0;

  // Switching language saves to the profile with the expired token: 401, refresh, retry.
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/me') && response.status() === 200);
  await page.getByRole('radio', { name: /^LT/ }).click();
  await saved;
  await page.getByRole('heading', { level: 1, name: `Sveiki, ${account.displayName}` }).waitFor();
  expect(calls).toEqual(['PATCH /api/me 401', 'POST /api/auth/refresh 200', 'PATCH /api/me 200']);

  // The network drops; the socket's reconnection handshakes refresh the expired token first.
  await page.waitForTimeout((ACCESS_TOKEN_TTL_SECONDS + 2) * 1000);
  calls.length = 0;
  await context.setOffline(true);
  await page.getByTestId('live-status').filter({ hasText: 'Tiesioginiai atnaujinimai išjungti' }).waitFor();
  await context.setOffline(false);
  await page
    .getByTestId('live-status')
    .filter({ hasText: 'Tiesioginiai atnaujinimai įjungti' })
    .waitFor({ timeout: 30_000 });
  expect(calls).toContain('POST /api/auth/refresh 200');

  // Still signed in after a reload, in the saved language.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: `Sveiki, ${account.displayName}` }).waitFor();
  await page.getByTestId('live-status').filter({ hasText: 'Tiesioginiai atnaujinimai įjungti' }).waitFor();
  await context.close();
});

it('stays signed in when several tabs start at the same moment', async () => {
  const { context, page } = await openPage(browser, api.baseUrl);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const welcome = (tab: typeof page) =>
    tab.getByRole('heading', { level: 1, name: `Welcome, ${admin.displayName}` }).waitFor();
  await welcome(page);

  // Four tabs of the same browser restore the session from the same cookie at once.
  const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => context.newPage())))];
  const refreshes: number[] = [];
  for (const tab of tabs) {
    tab.on('response', (response: Response) => {
      if (new URL(response.url()).pathname === '/api/auth/refresh') refreshes.push(response.status());
    });
  }
  await Promise.all(tabs.map((tab, index) => (index === 0 ? tab.reload() : tab.goto('/'))));
  for (const tab of tabs) await welcome(tab);
  // At least one refresh per tab (socket handshakes refresh this short-lived token too), none refused as reuse.
  expect(refreshes.length).toBeGreaterThanOrEqual(tabs.length);
  expect(refreshes.filter((status) => status !== 200)).toEqual([]);

  // The session is still valid afterwards: a fifth tab is signed in too.
  const later = await context.newPage();
  await later.goto('/');
  await welcome(later);
  await context.close();
});
