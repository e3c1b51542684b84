/**
 * Two demo learners in the demo's open room, each in a browser of their own
 * (Rasa in English, Tomas in Lithuanian). Each opens the room from the home
 * page, sees the other online, typing and writing, without reloading; they
 * reply, react (by keyboard) and edit. Then Rasa loses the network: Tomas
 * writes three messages and Rasa writes one while offline; when she is back,
 * each of Tomas's messages shows exactly once and in order, and hers is
 * delivered once. Home shows unread counts; a long history pages in above
 * the reader without moving what they are reading; a room that does not
 * exist says so.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { DEMO_OPEN_ROOM } from '../../api/src/seed/demo-rooms';
import { type RunningApi, startApi } from './support/api-server';
import { demoAccount, signIn } from './support/demo';
import { fitsWidth, focusReached, launchBrowser, openPage, screenshot } from './support/browser';
import { markAllRead, switchOffAutoSlowMode, writeMessages } from './support/live-writer';

const rasa = demoAccount('learner@klasteris.demo'); // English profile
const tomas = demoAccount('learner.ngo@klasteris.demo'); // Lithuanian profile

let api: RunningApi;
let browser: Browser;
let rasaContext: BrowserContext;
let tomasContext: BrowserContext;
let rasaPage: Page;
let tomasPage: Page;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context: rasaContext, page: rasaPage } = await openPage(browser, api.baseUrl));
  ({ context: tomasContext, page: tomasPage } = await openPage(browser, api.baseUrl));
});

afterAll(async () => {
  await rasaContext?.close();
  await tomasContext?.close();
  await browser?.close();
  await api?.stop();
});

async function openRoomFromHome(page: Page): Promise<void> {
  await page.getByTestId('room-link').filter({ hasText: DEMO_OPEN_ROOM.name }).click();
  await page.waitForURL('**/rooms/*');
  await page.getByTestId('room-name').filter({ hasText: DEMO_OPEN_ROOM.name }).waitFor();
}

/** The stored messages (not pending ones) whose text is exactly `text`. */
function messagesWithText(page: Page, text: string): Locator {
  return page.getByTestId('message').filter({ has: page.getByTestId('message-body').getByText(text, { exact: true }) });
}

async function send(page: Page, text: string): Promise<void> {
  const composer = page.getByTestId('composer');
  await composer.fill(text);
  await composer.press('Enter');
}

/** The first message visible in the message region, and how far below the region's top it is. */
function firstVisible(page: Page): Promise<{ seq: number; offset: number } | null> {
  return page.getByTestId('message-scroller').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    for (const article of Array.from(scroller.querySelectorAll('article[data-seq]'))) {
      const box = article.getBoundingClientRect();
      if (box.bottom > top) return { seq: Number(article.getAttribute('data-seq')), offset: box.top - top };
    }
    return null;
  });
}

/** Every stored message's seq and text, in the order shown. */
function shownMessages(page: Page): Promise<{ seq: number; text: string }[]> {
  return page.getByTestId('message').evaluateAll((articles) =>
    articles.map((article) => ({
      seq: Number(article.getAttribute('data-seq')),
      text: article.querySelector('[data-testid="message-body"]')?.textContent?.trim() ?? '',
    })),
  );
}

/** A promise and the function that settles it (Node 20 has no Promise.withResolvers). */
function gate(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Two animation frames: scroll events and the layout they cause have run. */
function settled(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

describe('a live room with two people', () => {
  it('opens the demo room from both home pages, with its welcome messages and who is online', async () => {
    await signIn(rasaPage, rasa);
    await rasaPage.getByRole('heading', { level: 2, name: 'Live rooms' }).waitFor();
    await openRoomFromHome(rasaPage);
    expect(await rasaPage.title()).toBe('Live room · Klasteris');
    for (const text of DEMO_OPEN_ROOM.welcome) await messagesWithText(rasaPage, text).waitFor();

    await signIn(tomasPage, tomas);
    await tomasPage.getByRole('heading', { level: 2, name: 'Pokalbių kambariai' }).waitFor();
    await openRoomFromHome(tomasPage);
    for (const text of DEMO_OPEN_ROOM.welcome) await messagesWithText(tomasPage, text).waitFor();

    await rasaPage.getByTestId('presence-entry').filter({ hasText: tomas.displayName }).waitFor();
    await tomasPage.getByTestId('presence-entry').filter({ hasText: rasa.displayName }).waitFor();
    await rasaPage.getByRole('heading', { level: 2, name: 'Online now (2)' }).waitFor();
  });

  it('shows each one typing and writing to the other without reloading', async () => {
    await rasaPage.getByTestId('composer').pressSequentially('Labas, Tomai', { delay: 40 });
    await tomasPage
      .getByTestId('typing')
      .filter({ hasText: `${rasa.displayName} rašo…` })
      .waitFor();
    await rasaPage.getByTestId('composer').press('Enter');
    await messagesWithText(tomasPage, 'Labas, Tomai').waitFor();
    // The message ends the typing signal.
    await tomasPage.getByTestId('typing').filter({ hasText: /^\s*$/ }).waitFor();

    await tomasPage.getByTestId('composer').pressSequentially('Sveika, Rasa!', { delay: 40 });
    await rasaPage
      .getByTestId('typing')
      .filter({ hasText: `${tomas.displayName} is typing…` })
      .waitFor();
    await tomasPage.getByTestId('composer').press('Enter');
    const fromTomas = messagesWithText(rasaPage, 'Sveika, Rasa!');
    await fromTomas.waitFor();

    // Author and organisation beside every message.
    expect(await fromTomas.getByTestId('message-author').textContent()).toBe(tomas.displayName);
    expect(await fromTomas.getByTestId('organisation-badge').textContent()).toContain(tomas.organisation);
    // Screen readers hear the other's message, never one's own.
    const announcer = rasaPage.getByTestId('live-announcer');
    await announcer.getByText(`New message from ${tomas.displayName}: Sveika, Rasa!`).waitFor({ state: 'attached' });
    expect(await announcer.textContent()).not.toContain('Labas, Tomai');
    expect(await messagesWithText(rasaPage, 'Labas, Tomai').count()).toBe(1);
  });

  it('replies, reacts with the keyboard and edits', async () => {
    // Tomas replies to Rasa's message.
    await messagesWithText(tomasPage, 'Labas, Tomai').getByRole('button', { name: 'Atsakyti' }).click();
    await tomasPage.getByTestId('replying-to').waitFor();
    await send(tomasPage, 'Atsakau į žinutę');
    const reply = messagesWithText(rasaPage, 'Atsakau į žinutę');
    await reply.getByText(`In reply to ${rasa.displayName}: Labas, Tomai`).waitFor();
    await messagesWithText(rasaPage, 'Labas, Tomai').getByText('Replies: 1').waitFor();

    // Rasa reacts to Tomas's message with the keyboard alone.
    const target = messagesWithText(rasaPage, 'Sveika, Rasa!');
    await target.getByTestId('add-reaction').focus();
    await rasaPage.keyboard.press('Enter');
    await focusReached(rasaPage.getByRole('menuitem', { name: 'Thumbs up' }));
    await rasaPage.keyboard.press('Enter');
    const reaction = target.getByTestId('reaction');
    await reaction.filter({ hasText: '1' }).waitFor();
    expect(await reaction.getAttribute('aria-pressed')).toBe('true');
    expect(await reaction.getAttribute('aria-label')).toBe('Thumbs up: 1');
    const seenByTomas = messagesWithText(tomasPage, 'Sveika, Rasa!').getByTestId('reaction');
    await seenByTomas.filter({ hasText: '1' }).waitFor();
    expect(await seenByTomas.getAttribute('aria-pressed')).toBe('false');

    // Rasa edits her own message; Tomas sees the new text, marked as edited.
    await messagesWithText(rasaPage, 'Labas, Tomai').getByRole('button', { name: 'Edit' }).click();
    const editor = rasaPage.getByLabel('Edit your message');
    await editor.fill('Labas, Tomai! Kaip sekasi?');
    await editor.press('Enter');
    const edited = messagesWithText(tomasPage, 'Labas, Tomai! Kaip sekasi?');
    await edited.getByText('(redaguota)').waitFor();
  });

  it('takes screenshots in both languages and on a phone', async () => {
    await screenshot(rasaPage, 'room-en');
    await screenshot(tomasPage, 'room-lt');
    await rasaPage.setViewportSize({ width: 375, height: 740 });
    await rasaPage.getByTestId('composer').waitFor();
    expect(await fitsWidth(rasaPage)).toBe(true);
    await screenshot(rasaPage, 'room-en-phone');
    await tomasPage.setViewportSize({ width: 375, height: 740 });
    expect(await fitsWidth(tomasPage)).toBe(true);
    await screenshot(tomasPage, 'room-lt-phone');
    await rasaPage.setViewportSize({ width: 1280, height: 800 });
    await tomasPage.setViewportSize({ width: 1280, height: 800 });
  });

  it('after a network loss shows what was missed exactly once, in order, and delivers what was written offline once', async () => {
    await rasaContext.setOffline(true);
    await rasaPage.getByTestId('live-status').filter({ hasText: 'Live updates off' }).waitFor();

    const missed = ['Kol buvai atsijungusi 1', 'Kol buvai atsijungusi 2', 'Kol buvai atsijungusi 3'];
    for (const text of missed) {
      await send(tomasPage, text);
      await messagesWithText(tomasPage, text).waitFor();
    }
    expect(await tomasPage.getByTestId('pending-message').count()).toBe(0);

    // Written while offline: shown at once, waiting for the connection.
    await send(rasaPage, 'Written while offline');
    const pending = rasaPage.getByTestId('pending-message');
    await pending.filter({ hasText: 'Waiting for the connection…' }).waitFor();
    expect(await messagesWithText(rasaPage, missed[0]!).count()).toBe(0);

    await rasaContext.setOffline(false);
    await rasaPage.getByTestId('live-status').filter({ hasText: 'Live updates on' }).waitFor({ timeout: 30_000 });
    await messagesWithText(rasaPage, missed[2]!).waitFor({ timeout: 30_000 });
    await messagesWithText(rasaPage, 'Written while offline').waitFor();
    await pending.waitFor({ state: 'detached' });
    await messagesWithText(tomasPage, 'Written while offline').waitFor();
    // Give any duplicate a chance to show up before counting.
    await rasaPage.waitForTimeout(1000);

    for (const text of missed) expect(await messagesWithText(rasaPage, text).count()).toBe(1);
    expect(await messagesWithText(rasaPage, 'Written while offline').count()).toBe(1);
    expect(await messagesWithText(tomasPage, 'Written while offline').count()).toBe(1);

    const shown = await shownMessages(rasaPage);
    expect(shown.filter((message) => missed.includes(message.text)).map((message) => message.text)).toEqual(missed);
    const seqs = shown.map((message) => message.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    // Both see the same conversation.
    expect(await shownMessages(tomasPage)).toEqual(shown);
  });

  it('counts unread messages on the home page and marks where they start', async () => {
    await tomasPage.getByRole('link', { name: '← Visi kambariai' }).click();
    await tomasPage.getByRole('heading', { level: 2, name: 'Pokalbių kambariai' }).waitFor();
    await tomasPage.getByTestId('room-link').filter({ hasText: DEMO_OPEN_ROOM.name }).waitFor();
    // What he read in the room counts once its acknowledgement is back (it may still be on its way).
    await tomasPage.getByTestId('unread-badge').first().waitFor({ state: 'detached' });

    await send(rasaPage, 'Ar dar čia?');
    await messagesWithText(rasaPage, 'Ar dar čia?').waitFor();
    await tomasPage.reload();
    const badge = tomasPage
      .getByTestId('room-link')
      .filter({ hasText: DEMO_OPEN_ROOM.name })
      .getByTestId('unread-badge');
    await badge.filter({ hasText: 'Neperskaitytų žinučių: 1' }).waitFor();

    await openRoomFromHome(tomasPage);
    const marker = tomasPage.getByTestId('unread-marker');
    await marker.waitFor();
    // The marker sits right before the first unread message.
    const nextText = await marker.evaluate(
      (element) =>
        element.nextElementSibling?.querySelector('[data-testid="message-body"]')?.textContent?.trim() ?? null,
    );
    expect(nextText).toBe('Ar dar čia?');

    // Seen now: back home, nothing unread.
    await tomasPage.getByRole('link', { name: '← Visi kambariai' }).click();
    await tomasPage.getByTestId('room-link').filter({ hasText: DEMO_OPEN_ROOM.name }).waitFor();
    expect(await tomasPage.getByTestId('unread-badge').count()).toBe(0);
  });

  it('pages older messages in above the reader without moving what they read', async () => {
    const roomId = new URL(rasaPage.url()).pathname.split('/').at(-1) ?? '';
    // 60 more messages, from four people at once (the send rate limit is per person), with
    // automatic slow mode off: this many in seconds is exactly the spike it is there to calm.
    await switchOffAutoSlowMode(api.baseUrl, { email: 'admin@klasteris.demo', password: DEMO_PASSWORD });
    const writers = [
      'lecturer@klasteris.demo',
      'lecturer.no@klasteris.demo',
      'moderator@klasteris.demo',
      'admin@klasteris.demo',
    ];
    await Promise.all(
      writers.map((email, writer) =>
        writeMessages(
          api.baseUrl,
          { email, password: DEMO_PASSWORD },
          roomId,
          Array.from(
            { length: 15 },
            (_, index) => `History ${writer}-${index + 1}\n${'A longer line of text. '.repeat(index % 4)}`,
          ),
        ),
      ),
    );

    // Rasa has read them all (elsewhere) before she comes back: otherwise the fresh visit opens
    // at her first unread message, near the top, and pages older ones in by itself.
    await markAllRead(api.baseUrl, { email: rasa.email, password: DEMO_PASSWORD }, roomId);

    // A fresh visit loads the newest 50 and offers the rest.
    await rasaPage.reload();
    await rasaPage.getByRole('button', { name: 'Load older messages' }).waitFor({ state: 'attached' });
    expect(await rasaPage.getByTestId('message').count()).toBe(50);
    const total = (await shownMessages(rasaPage)).at(-1)?.seq ?? 0;
    expect(total).toBeGreaterThan(60);

    // Reading upwards: near the top, older messages come in above without a jump. The older
    // page is held until what the reader sees is measured, so the test compares the view
    // just before the page comes in with the view after it, whatever the timing.
    const olderHeld = gate();
    const olderAsked = gate();
    await rasaPage.route(
      /\/messages\?beforeSeq=/,
      async (route) => {
        olderAsked.resolve();
        await olderHeld.promise;
        await route.continue();
      },
      { times: 1 },
    );
    await settled(rasaPage);
    const scroller = rasaPage.getByTestId('message-scroller');
    await scroller.evaluate((element) => element.scrollBy(0, -(element.scrollHeight - element.clientHeight) + 150));
    await olderAsked.promise;
    await settled(rasaPage);
    const before = await firstVisible(rasaPage);
    olderHeld.resolve();
    await rasaPage.getByText('This is the beginning of the conversation.').waitFor();
    expect(await rasaPage.getByTestId('message').count()).toBe(total);
    await settled(rasaPage);
    const after = await firstVisible(rasaPage);
    expect(after?.seq).toBe(before?.seq);
    expect(Math.abs((after?.offset ?? 0) - (before?.offset ?? 0))).toBeLessThan(2);

    // A new message while reading older ones: nothing moves, and a button says so.
    await writeMessages(api.baseUrl, { email: tomas.email, password: DEMO_PASSWORD }, roomId, ['Naujiena apačioje']);
    await rasaPage
      .getByTestId('jump-to-newest')
      .filter({ hasText: /New messages below: [1-9]/ })
      .waitFor();
    const still = await firstVisible(rasaPage);
    expect(still?.seq).toBe(before?.seq);
    expect(Math.abs((still?.offset ?? 0) - (before?.offset ?? 0))).toBeLessThan(2);
    await rasaPage.getByTestId('jump-to-newest').click();
    await rasaPage.getByTestId('jump-to-newest').waitFor({ state: 'detached' });
    expect(await messagesWithText(rasaPage, 'Naujiena apačioje').isVisible()).toBe(true);
    const seqs = (await shownMessages(rasaPage)).map((message) => message.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
  });

  it('says plainly when a room does not exist', async () => {
    await rasaPage.goto('/rooms/00000000-0000-4000-8000-000000000000');
    await rasaPage.getByRole('heading', { level: 1, name: 'This room does not exist' }).waitFor();
    await rasaPage.goto('/rooms/not-a-room');
    await rasaPage.getByRole('heading', { level: 1, name: 'This room does not exist' }).waitFor();
  });
});
