/**
 * Debian's Chromium through playwright-core (no browser download), and
 * screenshots into test-artifacts/ at the repository root.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

import { ARTIFACTS_DIR } from './paths';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookies, no storage) with an English browser in Vilnius, unless told otherwise. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    timezoneId: 'Europe/Vilnius',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/** True when the page fits its viewport's width (nothing to scroll sideways on a phone). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * Waits until the element has the keyboard focus. A Material menu moves focus
 * to its first item only once it has opened: a key pressed before that, on a
 * busy machine, reaches nothing.
 */
export async function focusReached(element: Locator): Promise<void> {
  const handle = await element.elementHandle();
  await element.page().waitForFunction((target) => document.activeElement === target, handle);
}
