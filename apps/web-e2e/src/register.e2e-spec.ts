/**
 * Someone new registers: the form explains the password rule, refuses a short
 * one, and then creates the account with an organisation and Lithuanian as
 * the language; they land on their home page signed in. Registering the same
 * address again is refused with a clear message.
 */
import { randomBytes } from 'node:crypto';

import type { Browser } from 'playwright-core';

import { DEMO_ORGANISATION_NAMES } from '../../api/src/seed/demo-organisations';
import { type RunningApi, startApi } from './support/api-server';
import { launchBrowser, openPage, screenshot } from './support/browser';

let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('registering', () => {
  const email = `ona.${randomBytes(4).toString('hex')}@prienai.example.lt`;
  const displayName = 'Ona Petraitienė';
  const password = 'Slaptas-žodis-2026';
  const organisation = DEMO_ORGANISATION_NAMES.prienaiCare;

  it('creates an account and signs the person in', async () => {
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/register');
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByText('At least 10 characters.').waitFor();

    await page.getByLabel('Full name').fill(displayName);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('combobox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: organisation }).click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Lietuvių' }).click();

    // Too short: refused here, with the reason, and focus on the field.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('The password must be at least 10 characters long.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await screenshot(page, 'register-en-invalid');

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Signed in, at home, in the language chosen at registration.
    await page.waitForURL(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${displayName}` }).waitFor();
    await page.getByTestId('user-organisation').filter({ hasText: organisation }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('lt');
    await page.getByTestId('live-status').filter({ hasText: 'Tiesioginiai atnaujinimai įjungti' }).waitFor();
    await screenshot(page, 'register-home-lt');
    await context.close();
  });

  it('refuses an e-mail address that already has an account', async () => {
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/register');
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('An account with this e-mail address already exists.');
    expect(page.url()).toMatch(/\/register$/);
    await context.close();
  });
});
