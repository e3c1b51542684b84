/**
 * The personal calendar feed: a secret address per person, regenerable;
 * the `.ics` is valid iCalendar with each booking at its UTC time: checked
 * line by line by a small parser here (the format's rules), and read by
 * ical.js as a calendar app would (what people see).
 */
import type { Booking, CalendarFeed } from '@klasteris/contracts';
import ICAL from 'ical.js';

import { apiClient } from './support/http';
import { book, lecturer, person, putHours, ROUND_THE_CLOCK, wholeHourAhead } from './support/office-hours';
import { startTestApp, TestApp } from './support/test-app';

interface ParsedEvent {
  [property: string]: string;
}

/** RFC 5545, as much as a calendar app needs: CRLF lines, unfolding, components, properties. */
function parseIcs(text: string): { calendar: Record<string, string>; events: ParsedEvent[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const physical of text.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
  const calendar: Record<string, string> = {};
  const events: ParsedEvent[] = [];
  const stack: string[] = [];
  let event: ParsedEvent | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const name = line.slice(0, colon).split(';')[0]!;
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = {};
    } else if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT') {
        events.push(event!);
        event = null;
      }
    } else if (event) event[name] = value;
    else calendar[name] = value;
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}

/** The events as a calendar application reads them. */
function readAsCalendarApp(
  text: string,
): { uid: string; start: string; end: string; description: string; status: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      description: event.description ?? '',
      status: String(component.getFirstPropertyValue('status')),
    };
  });
}

const icsTime = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

// Registering many people (password hashing) and booting an app are slow on a busy two-core machine.
jest.setTimeout(90_000);

describe('office hours: the calendar feed', () => {
  let app: TestApp;
  const api = () => apiClient(app.baseUrl);

  beforeAll(async () => {
    app = await startTestApp({ label: 'ohcalendar', config: { trustProxy: true } });
  });
  afterAll(() => app.close());

  async function fetchIcs(url: string): Promise<{ status: number; type: string | null; text: string }> {
    const path = new URL(url).pathname;
    const response = await fetch(`${app.baseUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }

  it('lists a learner’s bookings at their UTC times, cancelled ones as cancelled, in valid iCalendar', async () => {
    const ingrid = await lecturer(app, 'Ingrid Solberg', 'Europe/Oslo');
    await putHours(app, ingrid, ROUND_THE_CLOCK(2, { cancelCutoffMinutes: 0 }));
    const learner = await person(app, 'Rasa Jonaitienė');
    const first = wholeHourAhead(30);
    const second = wholeHourAhead(54);
    const kept = (
      await book(app, learner, {
        lecturerId: ingrid.id,
        start: first,
        question:
          'A long question, with commas; semicolons and a line\nbreak, about socialinės klasterystės kompetencijos and more words to fold',
      })
    ).body as Booking;
    const dropped = (await book(app, learner, { lecturerId: ingrid.id, start: second })).body as Booking;
    expect((await api().delete(`/api/bookings/${dropped.id}`, { token: learner.token })).status).toBe(204);

    const feed = await api().get<CalendarFeed>('/api/calendar/feed', { token: learner.token });
    expect(feed.status).toBe(200);
    expect(feed.body.url).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Asking again gives the same address.
    expect((await api().get<CalendarFeed>('/api/calendar/feed', { token: learner.token })).body.url).toBe(
      feed.body.url,
    );

    const ics = await fetchIcs(feed.body.url);
    expect(ics.status).toBe(200);
    expect(ics.type).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseIcs(ics.text);
    expect(calendar).toMatchObject({ VERSION: '2.0', 'X-WR-CALNAME': 'Klasteris – Rasa Jonaitienė' });
    expect(calendar.PRODID).toBeTruthy();
    expect(events).toHaveLength(2);
    const [keptEvent, droppedEvent] = events;
    expect(keptEvent).toMatchObject({
      UID: `booking-${kept.id}@klasteris`,
      DTSTART: icsTime(first),
      DTEND: icsTime(new Date(Date.parse(first) + 3600_000).toISOString()),
      STATUS: 'CONFIRMED',
      SUMMARY: 'Office hours: Ingrid Solberg',
    });
    expect(keptEvent!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(keptEvent!.DESCRIPTION).toContain('commas\\; semicolons and a line\\nbreak\\, about socialinės');
    expect(droppedEvent).toMatchObject({
      UID: `booking-${dropped.id}@klasteris`,
      DTSTART: icsTime(second),
      STATUS: 'CANCELLED',
    });
    // A calendar application reads the same times and the question as it was written.
    const read = readAsCalendarApp(ics.text);
    expect(read.map(({ uid, start, end, status }) => ({ uid, start, end, status }))).toEqual([
      {
        uid: `booking-${kept.id}@klasteris`,
        start: first,
        end: new Date(Date.parse(first) + 3600_000).toISOString(),
        status: 'CONFIRMED',
      },
      {
        uid: `booking-${dropped.id}@klasteris`,
        start: second,
        end: new Date(Date.parse(second) + 3600_000).toISOString(),
        status: 'CANCELLED',
      },
    ]);
    expect(read[0]!.description).toContain(
      'A long question, with commas; semicolons and a line\nbreak, about socialinės klasterystės kompetencijos',
    );

    // The lecturer's feed holds the booked slot.
    const lecturerFeed = (await api().get<CalendarFeed>('/api/calendar/feed', { token: ingrid.token })).body;
    const lecturerEvents = parseIcs((await fetchIcs(lecturerFeed.url)).text).events;
    expect(lecturerEvents.find((event) => event.DTSTART === icsTime(first))).toMatchObject({ STATUS: 'CONFIRMED' });
  });

  it('answers 404 for a wrong token, and for the old address once a new one is made', async () => {
    const learner = await person(app, 'Feed Owner');
    const old = (await api().get<CalendarFeed>('/api/calendar/feed', { token: learner.token })).body.url;
    expect((await fetchIcs(old)).status).toBe(200);
    const wrong = old.replace(/\/[A-Za-z0-9_-]{43}\.ics$/, `/${'A'.repeat(43)}.ics`);
    expect((await fetchIcs(wrong)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/calendar/short.ics`)).status).toBe(404);

    const fresh = await api().post<CalendarFeed>('/api/calendar/feed', undefined, { token: learner.token });
    expect(fresh.status).toBe(201);
    expect(fresh.body.url).not.toBe(old);
    expect((await fetchIcs(old)).status).toBe(404);
    expect((await fetchIcs(fresh.body.url)).status).toBe(200);
    expect((await api().get<CalendarFeed>('/api/calendar/feed', { token: learner.token })).body.url).toBe(
      fresh.body.url,
    );
    expect((await api().get('/api/calendar/feed')).status).toBe(401);
  });
});
