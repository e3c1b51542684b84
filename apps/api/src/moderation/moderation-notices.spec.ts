import { renderNotification } from '../notifications/render-notification';

const reader = (locale: 'lt' | 'en') => ({ locale, timeZone: 'Europe/Vilnius' });

describe('moderation notifications as readers see them', () => {
  it('tells moderators of a report in their language, with the reporter’s reason', () => {
    const params = { action: 'report', targetType: 'question', roomName: 'Skurdo prevencija', reason: 'Spam' };
    expect(renderNotification('moderation', params, reader('en'))).toEqual({
      title: 'Moderation: Skurdo prevencija',
      body: 'A question was reported and waits for review. Reason: Spam',
    });
    expect(renderNotification('moderation', params, reader('lt')).body).toBe(
      'Pranešta apie klausimą: jis laukia peržiūros. Priežastis: Spam',
    );
  });

  it('tells a reporter the outcome, and nothing about the other person', () => {
    expect(
      renderNotification(
        'moderation',
        { action: 'report_resolved', outcome: 'hide', roomName: 'general' },
        reader('en'),
      ).body,
    ).toBe('Your report was reviewed: the content was hidden.');
    expect(
      renderNotification('moderation', { action: 'report_dismissed', roomName: 'general' }, reader('lt')).body,
    ).toBe('Jūsų pranešimas peržiūrėtas: pažeidimo nerasta, turinys paliktas.');
  });

  it('tells an author what happened to their message or question', () => {
    expect(renderNotification('moderation', { action: 'hide', reason: 'Įžeidu' }, reader('lt')).body).toBe(
      'Jūsų žinutė paslėpta. Priežastis: Įžeidu',
    );
    expect(renderNotification('moderation', { action: 'delete', targetType: 'question' }, reader('en')).body).toBe(
      'A question of yours was removed.',
    );
  });
});
