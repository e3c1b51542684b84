/**
 * "My data": someone new (Lithuanian) finds the page from the settings,
 * downloads their data as a JSON file that holds their e-mail address, and
 * erases their account after typing that address. They land on the sign-in
 * page with a message that the account is gone, and signing in again with
 * the same credentials fails. Screenshot: my-data-lt.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { PersonalDataExport } from '@klasteris/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { type RunningApi, startApi } from './support/api-server';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const email = `jurga.${randomBytes(4).toString('hex')}@birzai.example.lt`;
const password = 'Mano-duomenys-2026';
const displayName = 'Jurga Stankevičienė';

let api: RunningApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  const response = await fetch(`${api.baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName, locale: 'lt', timeZone: 'Europe/Vilnius' }),
  });
  if (response.status !== 201) throw new Error(`Registering: ${response.status} ${await response.text()}`);
  ({ context, page } = await openPage(browser, api.baseUrl));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

describe('my data', () => {
  it('downloads the person’s data as JSON holding their e-mail address', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${displayName}` }).waitFor();

    await page.getByRole('link', { name: 'Nustatymai' }).click();
    await page.getByTestId('settings-tab-my-data').click();
    await page.waitForURL('**/settings/my-data');
    expect(await page.title()).toBe('Mano duomenys · Klasteris');
    await page.getByRole('heading', { level: 1, name: 'Mano duomenys' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Atsisiųsti mano duomenis' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^klasteris-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, 'utf8')) as PersonalDataExport;
    expect(data.profile.email).toBe(email);
    expect(data.profile.displayName).toBe(displayName);
    await page.getByTestId('export-status').getByText('Jūsų duomenys atsisiųsti.').waitFor();
    await screenshot(page, 'my-data-lt');

    await page.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('erases the account only after the e-mail address is typed, and signing in again fails', async () => {
    await page.getByRole('button', { name: 'Ištrinti mano paskyrą…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ištrinti paskyrą visam laikui?' }).waitFor();
    const confirm = dialog.getByTestId('erase-confirm');

    // A slip is not enough: the address must be typed right.
    await dialog.getByLabel('Jūsų el. pašto adresas').fill('jurga@birzai.example.lt');
    await dialog.getByText('Tai dar ne jūsų el. pašto adresas.').waitFor();
    expect(await confirm.getAttribute('aria-disabled')).toBe('true');
    await dialog.getByLabel('Jūsų el. pašto adresas').fill(email.toUpperCase());
    expect(await confirm.getAttribute('aria-disabled')).not.toBe('true');
    await confirm.click();

    await page.waitForURL('**/sign-in');
    await page.locator('mat-snack-bar-container').getByText('Jūsų paskyra ištrinta.').waitFor();

    await page.getByLabel('El. pašto adresas').fill(email);
    await page.getByLabel('Slaptažodis', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Prisijungti', exact: true }).click();
    await page.getByTestId('form-error').getByText('Neteisingas el. pašto adresas arba slaptažodis.').waitFor();
    expect(page.url()).toMatch(/\/sign-in$/);
  });
});
