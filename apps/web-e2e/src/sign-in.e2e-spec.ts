/**
 * A demo learner signs in, finds the English home page with their name and
 * organisation, switches to Lithuanian (saved to their profile, so it
 * survives a reload and a new browser), and signs out. Keyboard basics and a
 * phone-sized screen are checked on the way.
 */
import type { Browser, Page } from 'playwright-core';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { DEMO_LIVE_CONSULTATION } from '../../api/src/seed/demo-consultations';
import { DEMO_GROUPS } from '../../api/src/seed/demo-groups';
import { type RunningApi, startApi } from './support/api-server';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const learner = DEMO_ACCOUNTS.find((account) => account.email === 'learner@klasteris.demo');
if (!learner) throw new Error('The seed has no demo learner');

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

async function signIn(
  page: Page,
  email: string,
  password: string,
  labels = { email: 'E-mail address', password: 'Password', submit: 'Sign in' },
) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

describe('signing in as the demo learner', () => {
  it('starts on the sign-in page in English, with a working skip link', async () => {
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Sign in · Klasteris');

    // The first Tab stop is the skip link; it moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    await screenshot(page, 'sign-in-en');
    await context.close();
  });

  it('says so when the password is wrong', async () => {
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/sign-in');
    await signIn(page, learner.email, 'not-the-password');
    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('The e-mail address or password is not correct.');
    expect(page.url()).toMatch(/\/sign-in$/);
    await context.close();
  });

  it('shows the home page, switches to Lithuanian, keeps it, and signs out', async () => {
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await signIn(page, learner.email, DEMO_PASSWORD);

    // English home: who, where from, her working groups first, then live consultations.
    await page.waitForURL(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${learner.displayName}` }).waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe(learner.displayName);
    await page.getByTestId('user-organisation').filter({ hasText: learner.organisation }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'My working groups' }).waitFor();
    await page.getByTestId('group-link').filter({ hasText: DEMO_GROUPS[0]?.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Live consultations' }).waitFor();
    await page.getByTestId('consultation-link').filter({ hasText: DEMO_LIVE_CONSULTATION.title }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.getByTestId('live-status').filter({ hasText: 'Live updates on' }).waitFor();
    expect(await page.title()).toBe('Home · Klasteris');
    await screenshot(page, 'home-en');

    // Switch to Lithuanian: applied at once, saved to the profile.
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('radio', { name: /^LT/ }).click();
    expect((await saved).status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.lang === 'lt');
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${learner.displayName}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mano darbo grupės' }).waitFor();
    await page.getByRole('link', { name: 'Sukurti darbo grupę' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tiesioginės konsultacijos' }).waitFor();
    await page.getByText('Vyksta dabar').first().waitFor();
    await page.getByRole('button', { name: 'Atsijungti' }).waitFor();
    expect(await page.title()).toBe('Pradžia · Klasteris');
    await screenshot(page, 'home-lt');

    // A reload restores the session from the refresh cookie, still in Lithuanian.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${learner.displayName}` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('lt');

    // Phone-sized: everything still fits.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('button', { name: 'Atsijungti' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'home-lt-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Sign out: back to sign-in, and a reload does not bring the session back.
    await page.getByRole('button', { name: 'Atsijungti' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Prisijungimas' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Prisijungimas' }).waitFor();
    expect(page.url()).toMatch(/\/sign-in$/);
    await context.close();
  });

  it('brings the saved language to a browser that has never seen it', async () => {
    // A fresh profile with an English browser: only the person's profile can say Lithuanian.
    const { context, page } = await openPage(browser, api.baseUrl);
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, learner.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: `Sveiki, ${learner.displayName}` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('lt');

    // Back to English for whoever uses the demo account next.
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByRole('radio', { name: /^EN/ }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${learner.displayName}` }).waitFor();
    await context.close();
  });
});
