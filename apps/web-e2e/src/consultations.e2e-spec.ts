/**
 * A live consultation in three browsers at once: Aistė (the demo lecturer,
 * Lithuanian) creates it from the consultations page and lands in her
 * presenter view; Rasa (English) and Tomas (Lithuanian), two learners, find
 * it in their list and open it. They ask (Tomas anonymously) and vote; the
 * presenter's list and shared-screen question re-order as the votes come;
 * Aistė answers and both learners see the answer without reloading, and
 * screen readers hear it. With the keyboard alone, Aistė pins a question
 * (it leads for everyone, marked pinned) and marks another answered without
 * writing an answer (learners see it answered, below the open ones); her
 * focus follows each question to its new place. A dismissed question leaves
 * the other learner's list and comes back when she restores it (with the
 * keyboard again); an answered one can be reopened. The chat beside the questions works; learners
 * cannot open the presenter view. A scheduled consultation goes live for
 * everyone when Aistė starts it; with pre-moderation a learner's question
 * waits as "awaiting approval" (seen by its author and the presenter only)
 * until approved; a learner who was offline meanwhile catches up on her
 * return. When Aistė ends the session, asking and the chat close
 * for everyone. Items glide when re-sorted, but not for Tomas, who asked
 * for reduced motion. Screenshots of both views, in both languages, go to
 * test-artifacts/.
 */
import type { AuthResponse, Consultation } from '@klasteris/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { DEMO_PASSWORD, type DemoAccount } from '../../api/src/seed/demo-accounts';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, signIn } from './support/demo';
import { fitsWidth, launchBrowser, openPage, screenshot } from './support/browser';

const aiste = demoAccount('lecturer@klasteris.demo'); // Lithuanian profile
const rasa = demoAccount('learner@klasteris.demo'); // English profile
const tomas = demoAccount('learner.ngo@klasteris.demo'); // Lithuanian profile

const TITLE = 'Klasterio pradžia · Starting a cluster';
const FIRST = 'How do we choose the first partners for a social cluster?';
const SECOND = 'Kaip įtraukti verslą, kai jis nemato naudos?';
const THIRD = 'Can the municipality co-fund the first year of a cluster?';
const ANSWER = 'Pradėkite nuo problemos, kurią verslas jaučia pats: darbuotojų trūkumo ar bendruomenės lūkesčių.';

let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];
let aistePage: Page;
let rasaPage: Page;
let tomasPage: Page;
let consultationId = '';

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ page: aistePage } = await track(openPage(browser, api.baseUrl)));
  ({ page: rasaPage } = await track(openPage(browser, api.baseUrl)));
  // Tomas has asked his system for less motion.
  ({ page: tomasPage } = await track(openPage(browser, api.baseUrl, { reducedMotion: 'reduce' })));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.stop();
});

async function track(opened: Promise<{ context: BrowserContext; page: Page }>) {
  const result = await opened;
  contexts.push(result.context);
  return result;
}

/** From now on, counts the animations the page starts (the list's items gliding to their new places). */
async function countAnimations(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { __animations: number };
    counter.__animations = 0;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      counter.__animations += 1;
      return animate.apply(this, args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __animations: number }).__animations);
}

/** Counts full page loads, so "live, without reloading" can be checked. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

/** Waits until `read()` gives `expected` (compared as JSON), for what changes without an element to wait for. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected)) {
    if (Date.now() > deadline) expect(last).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
}

/** The learner's listed question whose text is exactly `text`. */
function learnerQuestion(page: Page, text: string): Locator {
  return page
    .getByTestId('question-list')
    .getByTestId('question')
    .filter({ has: page.getByTestId('question-body').getByText(text, { exact: true }) });
}

function presenterQuestion(page: Page, text: string): Locator {
  return page
    .getByTestId('presenter-list')
    .getByTestId('presenter-question')
    .filter({ has: page.getByTestId('presenter-question-body').getByText(text, { exact: true }) });
}

/** The texts of a list's questions, in the order shown. */
function shownOrder(list: Locator, bodyTestId: string): Promise<string[]> {
  return list.evaluate(
    (element, testId) =>
      Array.from(element.querySelectorAll(`[data-testid="${testId}"]`)).map((body) => body.textContent?.trim() ?? ''),
    bodyTestId,
  );
}

/** Where a presenter's keyboard focus is: on a question itself or one of its buttons, and whether it shows. */
interface PresenterFocus {
  /** The text of the question the focus is in (null outside any question). */
  question: string | null;
  /** `question` for the question itself, else the focused control's text. */
  control: string;
  /** The section it is in: `screen`, `list` or `queue`. */
  place: string | null;
  /** It matches `:focus-visible` and draws an outline: a keyboard user sees where it is. */
  visible: boolean;
}

function presenterFocus(page: Page): Promise<PresenterFocus> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body)
      return { question: null, control: 'nothing', place: null, visible: false };
    const question = active.closest('[data-testid="presenter-question"]');
    return {
      question: question?.querySelector('[data-testid="presenter-question-body"]')?.textContent?.trim() ?? null,
      control: active === question ? 'question' : (active.textContent?.trim() ?? ''),
      place: active.closest('[data-place]')?.getAttribute('data-place') ?? null,
      visible: active.matches(':focus-visible') && getComputedStyle(active).outlineStyle !== 'none',
    };
  });
}

/** Waits until the items of a re-sorted list have glided to their places. */
async function settled(list: Locator): Promise<void> {
  await list.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => undefined))),
  );
}

/** Whether the focused element lies wholly within the viewport (measure once the list has settled). */
function focusInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/** Presses Tab `count` times, as a keyboard user would, and says where the focus was after each press. */
async function tabStops(page: Page, count: number): Promise<PresenterFocus[]> {
  const stops: PresenterFocus[] = [];
  for (let press = 0; press < count; press++) {
    await page.keyboard.press('Tab');
    stops.push(await presenterFocus(page));
  }
  return stops;
}

/** A visible keyboard focus on one of the presenter's list questions (`control` 'question') or its buttons. */
function inList(question: string, control: string): PresenterFocus {
  return { question, control, place: 'list', visible: true };
}

async function ask(page: Page, text: string, anonymous = false): Promise<void> {
  await page.getByTestId('ask-input').fill(text);
  if (anonymous) await page.getByTestId('ask-anonymous').getByRole('checkbox').check();
  await page.getByTestId('ask-submit').click();
}

async function openFromList(page: Page, title: string, screenshotName?: string): Promise<void> {
  await page.getByTestId('nav-consultations').click();
  await page.waitForURL('**/consultations');
  const card = page.getByTestId('consultation-card').filter({ hasText: title });
  await card.waitFor();
  if (screenshotName) await screenshot(page, screenshotName);
  await card.getByTestId('consultation-link').click();
  await page.waitForURL(`**/consultations/${consultationId}`);
  await page.getByTestId('consultation-title').getByText(title).waitFor();
}

async function accessToken(account: DemoAccount): Promise<string> {
  const response = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in ${account.email} failed: ${response.status}`);
  return ((await response.json()) as AuthResponse).accessToken;
}

describe('a live consultation with a lecturer and two learners', () => {
  let rasaLoads: () => number;
  let tomasLoads: () => number;

  it('lets the lecturer create a consultation and open her presenter view', async () => {
    await signIn(aistePage, aiste);
    await aistePage.getByTestId('nav-consultations').filter({ hasText: 'Konsultacijos' }).click();
    await aistePage.waitForURL('**/consultations');
    expect(await aistePage.title()).toBe('Konsultacijos · Klasteris');
    await aistePage.getByTestId('new-consultation').click();
    const form = aistePage.getByTestId('consultation-form');
    // Empty title: refused here, with the reason beside the field.
    await form.getByTestId('consultation-create').click();
    await form.getByText('Nurodykite konsultacijos pavadinimą.').waitFor();
    await form.getByLabel('Pavadinimas').fill(TITLE);
    await screenshot(aistePage, 'consultations-new-lt');
    expect(await form.getByTestId('moderation-post').getByRole('radio').isChecked()).toBe(true);
    await form.getByTestId('consultation-create').click();

    await aistePage.waitForURL('**/consultations/*/present');
    consultationId = new URL(aistePage.url()).pathname.split('/').at(-2) ?? '';
    expect(consultationId).toMatch(/^[0-9a-f-]{36}$/);
    await aistePage.getByTestId('consultation-title').getByText(TITLE).waitFor();
    await aistePage.getByTestId('consultation-state').filter({ hasText: 'Vyksta dabar' }).waitFor();
    await aistePage.getByTestId('nothing-on-screen').waitFor();
    await aistePage.getByTestId('end-consultation').waitFor();
  });

  it('shows the learners the consultation in their list and opens it beside its chat', async () => {
    await signIn(rasaPage, rasa);
    await openFromList(rasaPage, TITLE, 'consultations-list-en');
    await rasaPage.getByTestId('consultation-state').filter({ hasText: 'Live now' }).waitFor();
    await rasaPage.getByTestId('questions-empty').waitFor();
    // Not a presenter: no link to the presenter view.
    expect(await rasaPage.getByTestId('presenter-link').count()).toBe(0);

    await signIn(tomasPage, tomas);
    await openFromList(tomasPage, TITLE);
    await tomasPage.getByRole('heading', { level: 2, name: 'Klausimai' }).waitFor();
    await tomasPage.getByRole('heading', { level: 2, name: 'Pokalbis' }).waitFor();

    rasaLoads = countLoads(rasaPage);
    tomasLoads = countLoads(tomasPage);
  });

  it('shows each question to everyone as it is asked, anonymous ones without the name', async () => {
    await ask(rasaPage, FIRST);
    await rasaPage.getByTestId('ask-status').getByText('Your question was sent.').waitFor();
    // Sent: the box is empty again and the question is listed, marked as hers.
    expect(await rasaPage.getByTestId('ask-input').inputValue()).toBe('');
    await learnerQuestion(rasaPage, FIRST).getByTestId('question-mine').waitFor();
    await learnerQuestion(tomasPage, FIRST).waitFor();
    await presenterQuestion(aistePage, FIRST).waitFor();
    expect(await learnerQuestion(tomasPage, FIRST).getByTestId('question-author').textContent()).toContain(
      rasa.displayName,
    );
    // Screen readers of the others hear it.
    await tomasPage
      .getByTestId('questions-panel')
      .getByTestId('live-announcer')
      .getByText(`Naujas klausimas: ${FIRST}`)
      .waitFor({ state: 'attached' });

    await ask(tomasPage, SECOND, true);
    await tomasPage.getByTestId('ask-status').getByText('Jūsų klausimas išsiųstas.').waitFor();
    const seenByRasa = learnerQuestion(rasaPage, SECOND);
    await seenByRasa.waitFor();
    expect((await seenByRasa.getByTestId('question-author').textContent())?.trim()).toBe('Anonymous');
    // His own is marked as anonymous to others; the presenter sees who asked.
    await learnerQuestion(tomasPage, SECOND)
      .getByTestId('question-mine')
      .filter({ hasText: 'Kitiems dalyviams anonimiškas' })
      .waitFor();
    await presenterQuestion(aistePage, SECOND).getByText(tomas.displayName).waitFor();

    // Equal votes: whoever asked first comes first, on the shared screen too.
    expect(await shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body')).toEqual([
      FIRST,
      SECOND,
    ]);
    await aistePage.getByTestId('on-screen').getByTestId('presenter-question-body').getByText(FIRST).waitFor();
  });

  it('counts votes live, marks mine, and re-orders the presenter view', async () => {
    const presenterOrder = () => shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body');
    const rasaOrder = () => shownOrder(rasaPage.getByTestId('question-list'), 'question-body');
    const presenterAnimations = await countAnimations(aistePage);
    const tomasAnimations = await countAnimations(tomasPage);
    const rasaVote = learnerQuestion(rasaPage, SECOND).getByTestId('vote');
    await rasaVote.click();
    await learnerQuestion(rasaPage, SECOND).getByTestId('vote-count').getByText('1', { exact: true }).waitFor();
    expect(await rasaVote.getAttribute('aria-pressed')).toBe('true');
    expect(await rasaVote.getAttribute('aria-label')).toBe('Vote for this question. Votes: 1');

    // The second question now leads, for the presenter and on the shared screen.
    await aistePage.getByTestId('on-screen').getByTestId('presenter-question-body').getByText(SECOND).waitFor();
    await eventually(presenterOrder, [SECOND, FIRST]);
    // Tomas sees the count but not Rasa's vote as his.
    const tomasVote = learnerQuestion(tomasPage, SECOND).getByTestId('vote');
    await learnerQuestion(tomasPage, SECOND).getByTestId('vote-count').getByText('1', { exact: true }).waitFor();
    expect(await tomasVote.getAttribute('aria-pressed')).toBe('false');
    await eventually(() => shownOrder(tomasPage.getByTestId('question-list'), 'question-body'), [SECOND, FIRST]);
    // The questions glide to their new places, unless less motion was asked for.
    expect(await presenterAnimations()).toBeGreaterThan(0);
    expect(await tomasAnimations()).toBe(0);

    // A vote is a toggle: Rasa takes hers back, and the order follows.
    await rasaVote.click();
    await learnerQuestion(rasaPage, SECOND).getByTestId('vote-count').getByText('0', { exact: true }).waitFor();
    expect(await rasaVote.getAttribute('aria-pressed')).toBe('false');
    await eventually(presenterOrder, [FIRST, SECOND]);
    await eventually(rasaOrder, [FIRST, SECOND]);
    // Newest first, on request.
    await rasaPage.getByTestId('sort-new').click();
    await eventually(rasaOrder, [SECOND, FIRST]);
    await rasaPage.getByTestId('sort-top').click();
    await eventually(rasaOrder, [FIRST, SECOND]);

    // Tomas votes with the keyboard: his question moves up, and his focus stays on its button.
    await eventually(() => shownOrder(tomasPage.getByTestId('question-list'), 'question-body'), [FIRST, SECOND]);
    await tomasVote.focus();
    await tomasPage.keyboard.press('Enter');
    await eventually(() => shownOrder(tomasPage.getByTestId('question-list'), 'question-body'), [SECOND, FIRST]);
    expect(await tomasVote.getAttribute('aria-pressed')).toBe('true');
    await tomasPage.waitForTimeout(500);
    expect(await tomasVote.evaluate((element) => element === document.activeElement)).toBe(true);

    await rasaVote.click();
    await learnerQuestion(rasaPage, SECOND).getByTestId('vote-count').getByText('2', { exact: true }).waitFor();
    await presenterQuestion(aistePage, SECOND).getByTestId('presenter-votes').getByText('2', { exact: true }).waitFor();
    await eventually(presenterOrder, [SECOND, FIRST]);
    expect(await rasaVote.getAttribute('aria-pressed')).toBe('true');
    expect(await tomasVote.getAttribute('aria-pressed')).toBe('true');
  });

  it('puts the chat beside the questions, in the same room', async () => {
    const composer = tomasPage.getByTestId('chat-panel').getByTestId('composer');
    await composer.fill('Labas visiems!');
    await composer.press('Enter');
    await rasaPage
      .getByTestId('chat-panel')
      .getByTestId('message-body')
      .getByText('Labas visiems!', { exact: true })
      .waitFor();
    await rasaPage
      .getByTestId('chat-panel')
      .getByTestId('presence-entry')
      .filter({ hasText: aiste.displayName })
      .waitFor();
  });

  it('takes screenshots of both views', async () => {
    await screenshot(aistePage, 'consultation-presenter-lt');
    await screenshot(rasaPage, 'consultation-learner-en');
    await screenshot(tomasPage, 'consultation-learner-lt');
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(rasaPage)).toBe(true);
    await screenshot(rasaPage, 'consultation-learner-en-phone');
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
  });

  it('delivers the lecturer’s answer to every learner without reloading', async () => {
    const onScreen = aistePage.getByTestId('on-screen');
    await onScreen.getByTestId('answer').click();
    const field = onScreen.getByTestId('answer-input');
    // The answer box takes the focus at once.
    await eventually(() => field.evaluate((element) => element === document.activeElement), true);
    await field.fill(ANSWER);
    await onScreen.getByTestId('answer-submit').click();
    // Answered: it leaves the shared screen, and the open one takes its place.
    await onScreen.getByTestId('presenter-question-body').getByText(FIRST).waitFor();
    await presenterQuestion(aistePage, SECOND).getByTestId('presenter-answer').getByText(ANSWER).waitFor();

    for (const [page, answeredLabel, showLabel, announced] of [
      [rasaPage, 'Answered', 'Show the answer', `Answered: ${SECOND} Answer: ${ANSWER}`],
      [tomasPage, 'Atsakyta', 'Rodyti atsakymą', `Atsakyta: ${SECOND} Atsakymas: ${ANSWER}`],
    ] as const) {
      const answered = learnerQuestion(page, SECOND);
      await answered.getByText(answeredLabel, { exact: true }).waitFor();
      await page
        .getByTestId('questions-panel')
        .getByTestId('live-announcer')
        .getByText(announced)
        .waitFor({ state: 'attached' });
      // Collapsed to make room for open questions; the answer is one keypress away.
      const toggle = answered.getByRole('button', { name: showLabel });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await answered.getByTestId('question-answer').isVisible()).toBe(false);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await answered.getByTestId('question-answer-body').getByText(ANSWER).waitFor();
      // Answered ones follow the open ones.
      expect(await shownOrder(page.getByTestId('question-list'), 'question-body')).toEqual([FIRST, SECOND]);
    }
    expect(rasaLoads()).toBe(0);
    expect(tomasLoads()).toBe(0);

    await screenshot(rasaPage, 'consultation-learner-answered-en');
  });

  it('lets the presenter pin a question with the keyboard: it leads for everyone, and her focus follows it', async () => {
    const presenterOrder = () => shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body');
    await ask(rasaPage, THIRD);
    await learnerQuestion(rasaPage, THIRD).getByTestId('question-mine').waitFor();
    await learnerQuestion(tomasPage, THIRD).waitFor();
    await presenterQuestion(aistePage, THIRD).waitFor();
    // No votes on either open one: the earlier asked leads; the answered one follows.
    await eventually(presenterOrder, [FIRST, THIRD, SECOND]);
    const onScreen = aistePage.getByTestId('on-screen');
    await onScreen.getByTestId('presenter-question-body').getByText(FIRST, { exact: true }).waitFor();

    // From the list's heading, Tab walks each question's actions in order, each focus visible.
    await aistePage.getByRole('heading', { level: 2, name: 'Visi klausimai (3)' }).focus();
    expect(await tabStops(aistePage, 7)).toEqual([
      inList(FIRST, 'Atsakyti'),
      inList(FIRST, 'Pažymėti atsakytu'),
      inList(FIRST, 'Prisegti'),
      inList(FIRST, 'Atmesti'),
      inList(THIRD, 'Atsakyti'),
      inList(THIRD, 'Pažymėti atsakytu'),
      inList(THIRD, 'Prisegti'),
    ]);
    await aistePage.keyboard.press('Enter');

    // Pinned: it leads the list and takes the shared screen; the button now unpins.
    await eventually(presenterOrder, [THIRD, FIRST, SECOND]);
    await onScreen.getByTestId('presenter-question-body').getByText(THIRD, { exact: true }).waitFor();
    const pinned = presenterQuestion(aistePage, THIRD);
    await pinned.getByText('Prisegta', { exact: true }).waitFor();
    const unpin = pinned.getByRole('button', { name: 'Atsegti', exact: true });
    expect(await unpin.getAttribute('aria-pressed')).toBe('true');
    // The focus moved with the question to its new place, visibly, and Tab goes on from there.
    await eventually(() => presenterFocus(aistePage), inList(THIRD, 'question'));
    await settled(aistePage.getByTestId('presenter-list'));
    expect(await focusInView(aistePage)).toBe(true);
    expect(await tabStops(aistePage, 1)).toEqual([inList(THIRD, 'Atsakyti')]);

    // Both learners see it first, marked pinned, without reloading.
    for (const [page, pinnedLabel] of [
      [rasaPage, 'Pinned'],
      [tomasPage, 'Prisegta'],
    ] as const) {
      await learnerQuestion(page, THIRD).getByTestId('question-pinned').getByText(pinnedLabel).waitFor();
      await eventually(() => shownOrder(page.getByTestId('question-list'), 'question-body'), [THIRD, FIRST, SECOND]);
    }
    expect(rasaLoads()).toBe(0);
    expect(tomasLoads()).toBe(0);
    await screenshot(aistePage, 'consultation-presenter-pinned-lt');
  });

  it('lets the presenter mark a question answered without writing an answer, with the Space key', async () => {
    const presenterOrder = () => shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body');
    // On from the pinned question's answer button to the next question's "mark answered".
    expect(await tabStops(aistePage, 5)).toEqual([
      inList(THIRD, 'Pažymėti atsakytu'),
      inList(THIRD, 'Atsegti'),
      inList(THIRD, 'Atmesti'),
      inList(FIRST, 'Atsakyti'),
      inList(FIRST, 'Pažymėti atsakytu'),
    ]);
    await aistePage.keyboard.press('Space');

    // Answered ones follow the open one, the most voted first; the focus follows the question down.
    await eventually(presenterOrder, [THIRD, SECOND, FIRST]);
    const marked = presenterQuestion(aistePage, FIRST);
    await marked.getByText('Atsakyta', { exact: true }).waitFor();
    expect(await marked.getByTestId('presenter-answer').count()).toBe(0);
    await marked.getByRole('button', { name: 'Atverti iš naujo', exact: true }).waitFor();
    await eventually(() => presenterFocus(aistePage), inList(FIRST, 'question'));
    // Scrolled to where it landed once the list stopped moving, not to where it was drawn mid-move.
    await settled(aistePage.getByTestId('presenter-list'));
    await eventually(() => focusInView(aistePage), true);
    // The shared screen keeps the open question.
    await aistePage
      .getByTestId('on-screen')
      .getByTestId('presenter-question-body')
      .getByText(THIRD, { exact: true })
      .waitFor();

    // The learners see it answered, after the open one, with no answer to unfold.
    for (const [page, answeredLabel] of [
      [rasaPage, 'Answered'],
      [tomasPage, 'Atsakyta'],
    ] as const) {
      const answered = learnerQuestion(page, FIRST);
      await answered.getByText(answeredLabel, { exact: true }).waitFor();
      expect(await answered.getAttribute('data-status')).toBe('answered');
      expect(await answered.getByTestId('toggle-answer').count()).toBe(0);
      await eventually(() => shownOrder(page.getByTestId('question-list'), 'question-body'), [THIRD, SECOND, FIRST]);
    }
  });

  it('takes a dismissed question out of the other learner’s list, and brings it back when restored', async () => {
    const presenterOrder = () => shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body');
    await presenterQuestion(aistePage, THIRD).getByRole('button', { name: 'Atmesti', exact: true }).focus();
    await aistePage.keyboard.press('Enter');

    // Out of the list and off the shared screen (no open question is left), kept under "Dismissed".
    await eventually(presenterOrder, [SECOND, FIRST]);
    await aistePage.getByTestId('nothing-on-screen').waitFor();
    const dismissed = aistePage.getByTestId('dismissed-questions');
    await dismissed.getByText('Atmesti (1)', { exact: true }).waitFor();
    // The keyboard's place follows it into the folded list of dismissed ones.
    await eventually(() => presenterFocus(aistePage), {
      question: null,
      control: 'Atmesti (1)',
      place: 'list',
      visible: true,
    });
    // Tomas no longer sees it; Rasa, who asked it, is told it was not taken up.
    await learnerQuestion(tomasPage, THIRD).waitFor({ state: 'detached' });
    await eventually(() => shownOrder(tomasPage.getByTestId('question-list'), 'question-body'), [SECOND, FIRST]);
    await learnerQuestion(rasaPage, THIRD).getByText('Not taken up', { exact: true }).waitFor();
    await eventually(() => shownOrder(rasaPage.getByTestId('question-list'), 'question-body'), [SECOND, FIRST, THIRD]);

    // Restored with the keyboard: past the two answered questions' actions to the folded "Dismissed" list.
    await aistePage.getByRole('heading', { level: 2, name: 'Visi klausimai (2)' }).focus();
    expect(await tabStops(aistePage, 7)).toEqual([
      inList(SECOND, 'Keisti atsakymą'),
      inList(SECOND, 'Atverti iš naujo'),
      inList(SECOND, 'Prisegti'),
      inList(FIRST, 'Atsakyti'),
      inList(FIRST, 'Atverti iš naujo'),
      inList(FIRST, 'Prisegti'),
      { question: null, control: 'Atmesti (1)', place: 'list', visible: true },
    ]);
    await aistePage.keyboard.press('Enter');
    await dismissed.getByTestId('presenter-question').getByText(THIRD, { exact: true }).waitFor();
    expect(await tabStops(aistePage, 1)).toEqual([inList(THIRD, 'Grąžinti')]);
    await aistePage.keyboard.press('Space');

    // Back for everyone, still pinned: first in the lists and on the shared screen again; the focus went with it.
    await dismissed.waitFor({ state: 'detached' });
    await eventually(presenterOrder, [THIRD, SECOND, FIRST]);
    await eventually(() => presenterFocus(aistePage), inList(THIRD, 'question'));
    await settled(aistePage.getByTestId('presenter-list'));
    expect(await focusInView(aistePage)).toBe(true);
    await aistePage
      .getByTestId('on-screen')
      .getByTestId('presenter-question-body')
      .getByText(THIRD, { exact: true })
      .waitFor();
    await learnerQuestion(tomasPage, THIRD).getByTestId('question-pinned').getByText('Prisegta').waitFor();
    await eventually(() => shownOrder(tomasPage.getByTestId('question-list'), 'question-body'), [THIRD, SECOND, FIRST]);
    await learnerQuestion(rasaPage, THIRD).getByText('Not taken up', { exact: true }).waitFor({ state: 'detached' });
    await eventually(() => shownOrder(rasaPage.getByTestId('question-list'), 'question-body'), [THIRD, SECOND, FIRST]);
  });

  it('reopens a question marked answered, for everyone', async () => {
    await presenterQuestion(aistePage, FIRST).getByRole('button', { name: 'Atverti iš naujo', exact: true }).click();
    await eventually(
      () => shownOrder(aistePage.getByTestId('presenter-list'), 'presenter-question-body'),
      [THIRD, FIRST, SECOND],
    );
    await presenterQuestion(aistePage, FIRST).getByRole('button', { name: 'Pažymėti atsakytu', exact: true }).waitFor();
    for (const [page, answeredLabel] of [
      [rasaPage, 'Answered'],
      [tomasPage, 'Atsakyta'],
    ] as const) {
      await learnerQuestion(page, FIRST).getByText(answeredLabel, { exact: true }).waitFor({ state: 'detached' });
      expect(await learnerQuestion(page, FIRST).getAttribute('data-status')).toBe('open');
      await eventually(() => shownOrder(page.getByTestId('question-list'), 'question-body'), [THIRD, FIRST, SECOND]);
    }
    expect(rasaLoads()).toBe(0);
    expect(tomasLoads()).toBe(0);
  });

  it('sends learners who open the presenter view back to theirs', async () => {
    await tomasPage.goto(`/consultations/${consultationId}/present`);
    await tomasPage.waitForURL(`**/consultations/${consultationId}`);
    await tomasPage.getByTestId('ask-input').waitFor();
    expect(await tomasPage.getByTestId('start-consultation').count()).toBe(0);
  });

  it('starts a scheduled consultation live for everyone, and keeps questions waiting for approval with pre-moderation', async () => {
    const token = await accessToken(aiste);
    const startsAt = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    const response = await fetch(`${api.baseUrl}/api/consultations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Moderated Q&A', moderation: 'pre', startsAt }),
    });
    expect(response.status).toBe(201);
    const moderated = (await response.json()) as Consultation;
    expect(moderated.state).toBe('scheduled');

    await aistePage.goto(`/consultations/${moderated.id}`);
    // A presenter's audience view links to the presenter view.
    await aistePage.getByTestId('presenter-link').click();
    await aistePage.waitForURL(`**/consultations/${moderated.id}/present`);
    await aistePage.getByTestId('queue-empty').waitFor();

    await rasaPage.goto(`/consultations/${moderated.id}`);
    await tomasPage.goto(`/consultations/${moderated.id}`);
    await rasaPage.getByTestId('consultation-banner').filter({ hasText: 'has not started yet' }).waitFor();
    await rasaPage.getByTestId('ask-notice').getByText('you can already ask').waitFor();

    // Started by hand: the learners' pages say so at once.
    await aistePage.getByTestId('start-consultation').click();
    await aistePage.getByTestId('consultation-state').filter({ hasText: 'Vyksta dabar' }).waitFor();
    await rasaPage.getByTestId('consultation-banner').filter({ hasText: 'The consultation is live now.' }).waitFor();
    await tomasPage.getByTestId('consultation-state').filter({ hasText: 'Vyksta dabar' }).waitFor();
    await rasaPage
      .getByTestId('questions-panel')
      .getByTestId('live-announcer')
      .getByText('The consultation is live now.')
      .waitFor({ state: 'attached' });

    await rasaPage.getByTestId('ask-notice').getByText('The lecturer approves questions').waitFor();
    const waiting = 'Could the municipality lend us a meeting room?';
    await ask(rasaPage, waiting);
    await rasaPage.getByTestId('ask-status').getByText('once the lecturer approves it', { exact: false }).waitFor();
    const mine = rasaPage.getByTestId('my-pending').getByTestId('question');
    await mine.getByTestId('question-pending').filter({ hasText: 'Awaiting approval' }).waitFor();
    const queued = aistePage.getByTestId('pending-queue').getByTestId('presenter-question');
    await queued.getByText(waiting).waitFor();
    await tomasPage.getByTestId('questions-empty').waitFor();
    expect(await tomasPage.getByText(waiting).count()).toBe(0);

    await queued.getByTestId('approve').click();
    await aistePage.getByTestId('queue-empty').waitFor();
    await learnerQuestion(tomasPage, waiting).waitFor();
    await learnerQuestion(rasaPage, waiting).waitFor();
    await rasaPage.getByTestId('my-pending').waitFor({ state: 'detached' });
    await rasaPage
      .getByTestId('questions-panel')
      .getByTestId('live-announcer')
      .getByText(`Your question was approved: ${waiting}`)
      .waitFor({ state: 'attached' });

    // Offline, Rasa cannot vote and is told why; what happened meanwhile is there when she is back.
    const rasaContext = contexts[1];
    if (!rasaContext) throw new Error('No browser for Rasa');
    await rasaContext.setOffline(true);
    await rasaPage.getByTestId('questions-offline').waitFor();
    expect(await learnerQuestion(rasaPage, waiting).getByTestId('vote').isDisabled()).toBe(true);
    await learnerQuestion(tomasPage, waiting).getByTestId('vote').click();
    await learnerQuestion(tomasPage, waiting).getByTestId('vote-count').getByText('1', { exact: true }).waitFor();
    await rasaContext.setOffline(false);
    await rasaPage.getByTestId('questions-offline').waitFor({ state: 'detached', timeout: 30_000 });
    await learnerQuestion(rasaPage, waiting).getByTestId('vote-count').getByText('1', { exact: true }).waitFor();
    expect(await learnerQuestion(rasaPage, waiting).getByTestId('vote').getAttribute('aria-pressed')).toBe('false');

    await aistePage.getByTestId('language-en').click();
    await aistePage.getByRole('heading', { level: 2, name: 'Top question' }).waitFor();
    await screenshot(aistePage, 'consultation-presenter-en');
    await aistePage.getByTestId('language-lt').click();
  });

  it('closes asking and the chat for everyone when the lecturer ends the session', async () => {
    await aistePage.goto(`/consultations/${consultationId}/present`);
    await rasaPage.goto(`/consultations/${consultationId}`);
    await tomasPage.goto(`/consultations/${consultationId}`);
    await tomasPage.getByTestId('ask-input').waitFor();
    tomasLoads = countLoads(tomasPage);

    await aistePage.getByTestId('end-consultation').click();
    await aistePage.getByTestId('confirm-end').click();
    await aistePage.getByTestId('consultation-state').filter({ hasText: 'Baigėsi' }).waitFor();

    await tomasPage.getByTestId('consultation-banner').filter({ hasText: 'Ši konsultacija baigėsi' }).waitFor();
    await tomasPage.getByTestId('ask-closed').waitFor();
    await tomasPage.getByTestId('chat-panel').getByTestId('composer-disabled').waitFor();
    await rasaPage.getByTestId('ask-closed').getByText('This consultation has ended').waitFor();
    expect(await learnerQuestion(rasaPage, FIRST).getByTestId('vote').isDisabled()).toBe(true);
    // What was said stays readable.
    await learnerQuestion(rasaPage, SECOND).getByTestId('toggle-answer').click();
    await learnerQuestion(rasaPage, SECOND).getByTestId('question-answer-body').getByText(ANSWER).waitFor();
    expect(tomasLoads()).toBe(0);
    await screenshot(tomasPage, 'consultation-ended-lt');
  });

  it('says plainly when a consultation does not exist', async () => {
    await rasaPage.goto('/consultations/00000000-0000-4000-8000-000000000000/present');
    await rasaPage.waitForURL('**/consultations/00000000-0000-4000-8000-000000000000');
    await rasaPage.getByRole('heading', { level: 1, name: 'This consultation does not exist' }).waitFor();
    await rasaPage.goto('/consultations/not-a-consultation');
    await rasaPage.getByRole('heading', { level: 1, name: 'This consultation does not exist' }).waitFor();
  });
});
