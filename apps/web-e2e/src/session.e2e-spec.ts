/**
 * The access token lives in memory for a short time; the refresh cookie
 * keeps the person signed in. With a 10-second token: a call made after it
 * expired is refreshed and retried once, invisibly, and the live connection
 * comes back with a fresh token after the server drops it.
 */
import type { Browser, Response } from 'playwright-core';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { type RunningApi, startApi } from './support/api-server';
import { launchBrowser, openPage } from './support/browser';

const ACCESS_TOKEN_TTL_SECONDS = 10;
const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === 'lecturer.no@klasteris.demo');
if (!account) throw new Error('The seed has no Norwegian lecturer');

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
