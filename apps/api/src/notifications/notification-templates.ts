/**
 * The title and body of each kind of notification, in Lithuanian and English.
 * `params` lists what a caller of Notifier must give for the kind (see
 * template-params.ts for per-language values):
 *
 * | kind | params |
 * |---|---|
 * | submission_made | learnerName, assignmentTitle, moduleTitle? |
 * | review_given | assignmentTitle, verdict (`passed` or `revise`) |
 * | review_overdue | assignmentTitle, learnerName, waitingHours |
 * | mention | authorName, roomName, excerpt? |
 * | booking | change (`booked`, `cancelled`, `rescheduled`, `confirmed`, `promoted`, `reminder_24h`, `reminder_15m` or `room_open`), personName, start (ISO time), message? |
 * | moderation | action (a moderation action, or `report` to moderators, or `report_resolved` / `report_dismissed` to a reporter), roomName?, reason?, targetType? (`message` or `question`: what was reported or acted on), outcome? (the action taken, for `report_resolved`) |
 * | system | title, body |
 */
import type { Locale, NotificationKind } from '@klasteris/contracts';

import type { TemplateParams } from './template-params';

export interface RenderedText {
  title: string;
  body: string;
}

interface KindTemplate {
  params: readonly string[];
  render: Record<Locale, (p: TemplateParams) => RenderedText>;
}

const withModule = (p: TemplateParams, text: string) => (p.text('moduleTitle') ? `${text} (${p.text('moduleTitle')})` : text);
const withReason = (p: TemplateParams, text: string, label: string) =>
  p.text('reason') ? `${text} ${label}: ${p.text('reason')}` : text;
const withMessage = (p: TemplateParams, text: string, label: string) =>
  p.text('message') ? `${text} ${label}: ${p.text('message')}` : text;

interface ModerationWords {
  /** What happened to the reader or their item, by action. */
  actions: Record<string, string>;
  /** The same for a question of theirs. */
  questionActions: Record<string, string>;
  fallback: string;
  reported: Record<string, string>;
  resolved: Record<string, string>;
  resolvedFallback: string;
  dismissed: string;
}

const MODERATION_WORDS: Record<Locale, ModerationWords> = {
  lt: {
    actions: {
      hide: 'Jūsų žinutė paslėpta.',
      restore: 'Jūsų žinutė vėl matoma.',
      delete: 'Jūsų žinutė ištrinta.',
      mute: 'Jums laikinai neleidžiama rašyti.',
      unmute: 'Vėl galite rašyti.',
      ban: 'Jums uždrausta dalyvauti šiame kambaryje.',
      unban: 'Draudimas dalyvauti panaikintas.',
    },
    questionActions: {
      hide: 'Jūsų klausimas paslėptas.',
      restore: 'Jūsų klausimas vėl matomas.',
      delete: 'Jūsų klausimas pašalintas.',
    },
    fallback: 'Moderatorius atliko veiksmą.',
    reported: {
      message: 'Pranešta apie žinutę: ji laukia peržiūros.',
      question: 'Pranešta apie klausimą: jis laukia peržiūros.',
    },
    resolved: {
      hide: 'Jūsų pranešimas peržiūrėtas: turinys paslėptas.',
      delete: 'Jūsų pranešimas peržiūrėtas: turinys ištrintas.',
      restore: 'Jūsų pranešimas peržiūrėtas: turinys paliktas matomas.',
    },
    resolvedFallback: 'Jūsų pranešimas peržiūrėtas.',
    dismissed: 'Jūsų pranešimas peržiūrėtas: pažeidimo nerasta, turinys paliktas.',
  },
  en: {
    actions: {
      hide: 'A message of yours was hidden.',
      restore: 'A message of yours is visible again.',
      delete: 'A message of yours was deleted.',
      mute: 'You cannot write for a while.',
      unmute: 'You can write again.',
      ban: 'You were banned from this room.',
      unban: 'Your ban was lifted.',
    },
    questionActions: {
      hide: 'A question of yours was hidden.',
      restore: 'A question of yours is visible again.',
      delete: 'A question of yours was removed.',
    },
    fallback: 'A moderator took an action.',
    reported: {
      message: 'A message was reported and waits for review.',
      question: 'A question was reported and waits for review.',
    },
    resolved: {
      hide: 'Your report was reviewed: the content was hidden.',
      delete: 'Your report was reviewed: the content was deleted.',
      restore: 'Your report was reviewed: the content stays visible.',
    },
    resolvedFallback: 'Your report was reviewed.',
    dismissed: 'Your report was reviewed: no rule was broken, the content stays.',
  },
};

function moderationBody(p: TemplateParams, words: ModerationWords): string {
  switch (p.text('action')) {
    case 'report':
      return p.choice('targetType', words.reported, words.reported['message'] ?? words.fallback);
    case 'report_resolved':
      return p.choice('outcome', words.resolved, words.resolvedFallback);
    case 'report_dismissed':
      return words.dismissed;
    default:
      return p.choice(
        'action',
        p.text('targetType') === 'question' ? words.questionActions : words.actions,
        words.fallback,
      );
  }
}

export const NOTIFICATION_TEMPLATES: Record<NotificationKind, KindTemplate> = {
  submission_made: {
    params: ['learnerName', 'assignmentTitle'],
    render: {
      lt: (p) => ({
        title: `Naujas atsiskaitymas: ${p.text('assignmentTitle')}`,
        body: withModule(p, `${p.text('learnerName')} pateikė užduotį „${p.text('assignmentTitle')}“`) + '.',
      }),
      en: (p) => ({
        title: `New submission: ${p.text('assignmentTitle')}`,
        body: withModule(p, `${p.text('learnerName')} handed in “${p.text('assignmentTitle')}”`) + '.',
      }),
    },
  },
  review_given: {
    params: ['assignmentTitle', 'verdict'],
    render: {
      lt: (p) => ({
        title: `Jūsų darbas įvertintas: ${p.text('assignmentTitle')}`,
        body: p.choice(
          'verdict',
          { passed: 'Įvertinimas: įskaityta.', revise: 'Įvertinimas: reikia pataisyti. Pataisykite ir pateikite dar kartą.' },
          'Darbas įvertintas.',
        ),
      }),
      en: (p) => ({
        title: `Your work was reviewed: ${p.text('assignmentTitle')}`,
        body: p.choice(
          'verdict',
          { passed: 'Verdict: passed.', revise: 'Verdict: needs revision. Please revise it and hand it in again.' },
          'Your work was reviewed.',
        ),
      }),
    },
  },
  review_overdue: {
    params: ['assignmentTitle', 'learnerName', 'waitingHours'],
    render: {
      lt: (p) => ({
        title: `Laukia įvertinimo: ${p.text('assignmentTitle')}`,
        body: `Darbas, kurį pateikė ${p.text('learnerName')}, jūsų įvertinimo laukia jau ${p.text('waitingHours')} val.`,
      }),
      en: (p) => ({
        title: `Waiting for review: ${p.text('assignmentTitle')}`,
        body: `The work ${p.text('learnerName')} handed in has waited ${p.text('waitingHours')} hours for your review.`,
      }),
    },
  },
  mention: {
    params: ['authorName', 'roomName'],
    render: {
      lt: (p) => ({ title: `${p.text('authorName')} paminėjo jus: ${p.text('roomName')}`, body: p.text('excerpt') }),
      en: (p) => ({ title: `${p.text('authorName')} mentioned you in ${p.text('roomName')}`, body: p.text('excerpt') }),
    },
  },
  booking: {
    params: ['change', 'personName', 'start'],
    render: {
      lt: (p) => ({
        title: p.choice(
          'change',
          {
            booked: 'Nauja registracija konsultacijai',
            cancelled: 'Registracija atšaukta',
            rescheduled: 'Registracija perkelta',
            confirmed: 'Registracija patvirtinta',
            promoted: 'Atsilaisvino vieta: registracija patvirtinta',
            reminder_24h: 'Priminimas: konsultacija po 24 valandų',
            reminder_15m: 'Priminimas: konsultacija po 15 minučių',
            room_open: 'Konsultacijos kambarys atidarytas',
          },
          'Registracija pasikeitė',
        ),
        body: withMessage(p, `${p.dateTime('start')}. Asmuo: ${p.text('personName')}.`, 'Žinutė'),
      }),
      en: (p) => ({
        title: p.choice(
          'change',
          {
            booked: 'New consultation booking',
            cancelled: 'Booking cancelled',
            rescheduled: 'Booking moved',
            confirmed: 'Booking confirmed',
            promoted: 'A place freed up: your booking is confirmed',
            reminder_24h: 'Reminder: consultation in 24 hours',
            reminder_15m: 'Reminder: consultation in 15 minutes',
            room_open: 'Your consultation room is open',
          },
          'Booking changed',
        ),
        body: withMessage(p, `${p.dateTime('start')} with ${p.text('personName')}.`, 'Message'),
      }),
    },
  },
  moderation: {
    params: ['action'],
    render: {
      lt: (p) => ({
        title: p.text('roomName') ? `Moderavimas: ${p.text('roomName')}` : 'Moderavimas',
        body: withReason(p, moderationBody(p, MODERATION_WORDS.lt), 'Priežastis'),
      }),
      en: (p) => ({
        title: p.text('roomName') ? `Moderation: ${p.text('roomName')}` : 'Moderation',
        body: withReason(p, moderationBody(p, MODERATION_WORDS.en), 'Reason'),
      }),
    },
  },
  system: {
    params: ['title', 'body'],
    render: {
      lt: (p) => ({ title: p.text('title'), body: p.text('body') }),
      en: (p) => ({ title: p.text('title'), body: p.text('body') }),
    },
  },
};
