/**
 * Programmes, assignments and review notifications, in two browsers at once.
 * Rasa (a learner, English) enrols in the first demo programme, reads and
 * completes its first module and hands in its assignment with a PDF. Aistė
 * (its lecturer, Lithuanian), already signed in elsewhere, sees her bell
 * count rise live without reloading, opens the review queue and asks for a
 * revision with feedback. Rasa sees the review notification arrive live and
 * the feedback on the assignment page, and may hand in again. Screenshots of
 * the catalogue, the module reader, the review form and the open bell go to
 * test-artifacts/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DEMO_PROGRAMMES } from '../../api/src/seed/demo-programmes';
import { DEMO_ASSIGNMENTS } from '../../api/src/seed/demo-teaching';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, signIn } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const rasa = demoAccount('learner@klasteris.demo'); // English profile
const aiste = demoAccount('lecturer@klasteris.demo'); // Lithuanian profile, teaches both demo programmes
const programme = DEMO_PROGRAMMES[0];
const firstModule = programme.modules[0];
const assignment = DEMO_ASSIGNMENTS.find((candidate) => candidate.programme === 0 && candidate.modulePosition === 1);
if (!assignment) throw new Error('The seed has no assignment on the first module');

const ANSWER = 'Partners: Utena social services, the public library, two NGOs and a local bakery.';
const FEEDBACK = 'Add what each partner expects in return, please.';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

let api: RunningApi;
let browser: Browser;
let rasaContext: BrowserContext;
let aisteContext: BrowserContext;
let rasaPage: Page;
let aistePage: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context: rasaContext, page: rasaPage } = await openPage(browser, api.baseUrl));
  ({ context: aisteContext, page: aistePage } = await openPage(browser, api.baseUrl));
});

afterAll(async () => {
  await rasaContext?.close();
  await aisteContext?.close();
  await browser?.close();
  await api?.stop();
});

/** Counts full page loads, so "live, without reloading" can be checked. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

const bellCount = (page: Page) => page.getByTestId('bell-count');

describe('enrolling, handing in and reviewing, with live notifications', () => {
  let aisteLoads: () => number;

  it('has the lecturer signed in and waiting, with nothing unread', async () => {
    await signIn(aistePage, aiste);
    await aistePage.getByRole('heading', { level: 2, name: 'Pokalbių kambariai' }).waitFor();
    await aistePage.getByTestId('bell').waitFor();
    expect(await bellCount(aistePage).count()).toBe(0);
    aisteLoads = countLoads(aistePage);
  });

  it('lets the learner enrol from the catalogue and shows her progress', async () => {
    await signIn(rasaPage, rasa);
    await rasaPage.getByTestId('nav-programmes').click();
    await rasaPage.waitForURL('**/programmes');
    expect(await rasaPage.title()).toBe('Programmes · Klasteris');
    const card = rasaPage.getByTestId('programme-card').filter({ hasText: programme.title.en });
    await card.waitFor();
    expect(await rasaPage.getByTestId('programme-card').count()).toBe(DEMO_PROGRAMMES.length);
    expect(await card.getByTestId('module-count').textContent()).toBe(String(programme.modules.length));
    await screenshot(rasaPage, 'programmes-catalogue-en');

    await card.getByTestId('enrol').click();
    await rasaPage.getByTestId('catalogue-status').getByText(`You are enrolled in ${programme.title.en}.`).waitFor();
    await card.getByTestId('progress-label').getByText(`0 of ${programme.modules.length} modules done (0%)`).waitFor();
    await card.getByTestId('leave').waitFor();
  });

  it('opens the first module in the reader and marks it done', async () => {
    await rasaPage
      .getByTestId('programme-card')
      .filter({ hasText: programme.title.en })
      .getByRole('link', { name: programme.title.en, exact: true })
      .click();
    await rasaPage.getByTestId('programme-title').getByText(programme.title.en).waitFor();
    expect(await rasaPage.getByTestId('module-entry').count()).toBe(programme.modules.length);
    await rasaPage.getByTestId('module-entry').first().getByRole('link', { name: firstModule.title.en }).click();
    await rasaPage.getByTestId('module-title').getByText(firstModule.title.en).waitFor();
    // The material is the server's HTML, in English, and nothing is labelled untranslated.
    const body = rasaPage.getByTestId('module-body').getByTestId('rendered-text');
    expect(await body.getAttribute('lang')).toBe('en');
    expect(((await body.textContent()) ?? '').length).toBeGreaterThan(100);
    expect(await rasaPage.getByTestId('untranslated').count()).toBe(0);
    await screenshot(rasaPage, 'module-reader-en');

    await rasaPage.getByTestId('mark-done').click();
    await rasaPage.getByTestId('module-done').waitFor();
    const percent = Math.floor((100 * 1) / programme.modules.length);
    await rasaPage
      .getByTestId('progress-label')
      .getByText(`1 of ${programme.modules.length} modules done (${percent}%)`)
      .waitFor();

    // On a phone nothing needs scrolling sideways.
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(rasaPage)).toBe(true);
    await screenshot(rasaPage, 'module-reader-phone-en');
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
  });

  it('checks the file before uploading, hands in, and the lecturer’s bell counts it live', async () => {
    await rasaPage.getByTestId('assignment-link').getByText(assignment.title.en).click();
    await rasaPage.getByTestId('assignment-title').getByText(assignment.title.en).waitFor();

    // A type the server does not take is refused here, before anything is sent.
    await rasaPage
      .getByTestId('submission-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') });
    await rasaPage.getByTestId('submission-problem').getByText('This type of file cannot be handed in').waitFor();

    await rasaPage.getByTestId('submission-text').fill(ANSWER);
    await rasaPage
      .getByTestId('submission-file')
      .setInputFiles({ name: 'partnership-map.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect(await rasaPage.getByTestId('submission-problem').count()).toBe(0);
    await rasaPage.getByTestId('submit').click();

    await rasaPage.getByTestId('standing').getByText('waiting for the lecturer’s review').waitFor();
    const entry = rasaPage.getByTestId('submission-entry').first();
    expect(await entry.getByTestId('submission-status').textContent()).toContain('Waiting for review');
    expect(await entry.getByTestId('submission-body').textContent()).toBe(ANSWER);
    await entry.getByRole('button', { name: 'Download partnership-map.pdf' }).waitFor();

    // The lecturer's other browser: the count rises without a reload, and screen readers hear it.
    await bellCount(aistePage).getByText('1', { exact: true }).waitFor();
    await aistePage
      .getByTestId('notification-announcer')
      .getByText(`Naujas pranešimas: Naujas atsiskaitymas: ${assignment.title.lt}`)
      .waitFor({ state: 'attached' });
    expect(aisteLoads()).toBe(0);
  });

  it('lets the lecturer open the bell, then review from the queue', async () => {
    await aistePage.getByTestId('bell').click();
    const panel = aistePage.getByTestId('notification-panel');
    const notification = panel.getByTestId('notification').filter({ hasText: assignment.title.lt });
    await notification.waitFor();
    expect(await notification.textContent()).toContain(rasa.displayName);
    await screenshot(aistePage, 'notification-bell-open-lt');
    await aistePage.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    await aistePage.getByTestId('nav-reviews').click();
    await aistePage.waitForURL('**/reviews');
    const queued = aistePage.getByTestId('queue-item').filter({ hasText: rasa.displayName });
    await queued.waitFor();
    expect(await queued.textContent()).toContain(assignment.title.lt);
    await screenshot(aistePage, 'review-queue-lt');
    await queued.getByRole('link').click();
    await aistePage.waitForURL('**/submissions/*');
    await aistePage.getByTestId('submission-body').getByText(ANSWER).waitFor();

    // "Needs revision" without feedback is refused before sending.
    await aistePage.getByTestId('verdict-revise').click();
    await aistePage.getByTestId('review-submit').click();
    await aistePage.getByTestId('review-problem').waitFor();
    await aistePage.getByTestId('review-feedback-input').fill(FEEDBACK);
    await screenshot(aistePage, 'review-form-lt');
    await aistePage.getByTestId('review-submit').click();
    await aistePage.getByTestId('submission-page-status').getByText(`${rasa.displayName} gavo pranešimą`).waitFor();
    await aistePage.getByTestId('review-feedback').getByText(FEEDBACK).waitFor();
    expect(await aistePage.getByTestId('review-form').count()).toBe(0);
    // Reviewed: the queue is empty again.
    await aistePage.getByTestId('nav-reviews').click();
    await aistePage.getByText('Nėra ką vertinti').waitFor();
  });

  it('shows the learner the review arriving live, and the feedback on the assignment page', async () => {
    await bellCount(rasaPage).getByText('1', { exact: true }).waitFor();
    await rasaPage
      .getByTestId('notification-announcer')
      .getByText(/^New notification: /)
      .waitFor({ state: 'attached' });
    // The assignment page she left open shows the verdict and the feedback, and she may hand in again.
    await rasaPage.getByTestId('review-feedback').getByText(FEEDBACK).waitFor();
    await rasaPage.getByTestId('standing').getByText('asked for a revision').waitFor();
    await rasaPage.getByRole('button', { name: 'Hand in again' }).waitFor();

    await rasaPage.getByTestId('bell').click();
    const notification = rasaPage.getByTestId('notification-panel').getByTestId('notification').first();
    await notification.waitFor();
    expect(await notification.textContent()).toContain(assignment.title.en);
    await screenshot(rasaPage, 'notification-bell-open-en');

    // Following it opens the submission and marks it read.
    await notification.getByRole('link').click();
    await rasaPage.waitForURL('**/submissions/*');
    await rasaPage.getByTestId('review-feedback').getByText(FEEDBACK).waitFor();
    await bellCount(rasaPage).waitFor({ state: 'detached' });
  });

  it('marks everything as read for the lecturer and keeps the settings per kind', async () => {
    await aistePage.getByTestId('bell').click();
    await aistePage.getByTestId('mark-all-read').click();
    await bellCount(aistePage).waitFor({ state: 'detached' });
    await aistePage.getByRole('link', { name: 'Pranešimų nustatymai' }).click();
    await aistePage.waitForURL('**/settings/notifications');
    const email = aistePage.getByTestId('preference-submission_made-email').getByRole('checkbox');
    const before = await email.isChecked();
    await email.click();
    await aistePage.getByTestId('preferences-status').getByText('Išsaugota.').waitFor();
    await aistePage.reload();
    await aistePage.getByTestId('preference-submission_made').waitFor();
    expect(await aistePage.getByTestId('preference-submission_made-email').getByRole('checkbox').isChecked()).toBe(
      !before,
    );
  });

  it('shows the catalogue in Lithuanian with the learner’s progress', async () => {
    await rasaPage.getByTestId('language-lt').click();
    await rasaPage.getByTestId('nav-programmes').click();
    const card = rasaPage.getByTestId('programme-card').filter({ hasText: programme.title.lt });
    await card.getByTestId('progress-label').getByText(`Baigta 1 iš ${programme.modules.length} modulių`).waitFor();
    await screenshot(rasaPage, 'programmes-catalogue-lt');
  });
});
