import { NOTIFICATION_KINDS } from '@klasteris/contracts';

import { NOTIFICATION_TEMPLATES } from './notification-templates';
import { missingParams, renderNotification } from './render-notification';

const vilnius = (locale: 'lt' | 'en') => ({ locale, timeZone: 'Europe/Vilnius' });

describe('renderNotification', () => {
  it('writes a submission in either language, each param in the reader’s language', () => {
    const params = {
      learnerName: 'Rūta',
      'assignmentTitle.lt': 'Esė',
      'assignmentTitle.en': 'Essay',
      'moduleTitle.lt': 'Partnerystė',
      'moduleTitle.en': 'Partnership',
    };
    expect(renderNotification('submission_made', params, vilnius('lt'))).toEqual({
      title: 'Naujas atsiskaitymas: Esė',
      body: 'Rūta pateikė užduotį „Esė“ (Partnerystė).',
    });
    expect(renderNotification('submission_made', params, vilnius('en'))).toEqual({
      title: 'New submission: Essay',
      body: 'Rūta handed in “Essay” (Partnership).',
    });
  });

  it('falls back to the plain value, then the other language, when a translation is missing', () => {
    expect(renderNotification('review_given', { 'assignmentTitle.lt': 'Esė', verdict: 'revise' }, vilnius('en')).title).toBe(
      'Your work was reviewed: Esė',
    );
    expect(renderNotification('review_given', { assignmentTitle: 'Essay', verdict: 'passed' }, vilnius('lt'))).toEqual({
      title: 'Jūsų darbas įvertintas: Essay',
      body: 'Įvertinimas: įskaityta.',
    });
  });

  it('writes a booking time in the reader’s time zone', () => {
    const params = { change: 'booked', personName: 'Ona', start: '2025-03-30T07:00:00.000Z' };
    expect(renderNotification('booking', params, vilnius('en')).body).toBe('30 Mar 2025, 10:00 with Ona.');
    expect(renderNotification('booking', params, { locale: 'en', timeZone: 'Europe/Oslo' }).body).toBe('30 Mar 2025, 09:00 with Ona.');
  });

  it('has a template in both languages for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const params = Object.fromEntries(NOTIFICATION_TEMPLATES[kind].params.map((name) => [name, 'x']));
      for (const locale of ['lt', 'en'] as const) {
        const text = renderNotification(kind, params, vilnius(locale));
        expect(text.title.length).toBeGreaterThan(0);
      }
    }
  });

  it('clips overlong text', () => {
    const text = renderNotification('system', { title: 'T'.repeat(500), body: 'B' }, vilnius('en'));
    expect(text.title).toHaveLength(200);
    expect(text.title.endsWith('…')).toBe(true);
  });
});

describe('missingParams', () => {
  it('names the params a kind needs and lacks, accepting per-language ones', () => {
    expect(missingParams('review_given', { 'assignmentTitle.en': 'Essay' })).toEqual(['verdict']);
    expect(missingParams('system', { title: 'x', body: '' })).toEqual(['body']);
    expect(missingParams('mention', { authorName: 'A', roomName: 'R' })).toEqual([]);
  });
});
