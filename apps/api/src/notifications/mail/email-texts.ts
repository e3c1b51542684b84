/**
 * The words around a notification in an e-mail, in Lithuanian and English:
 * a single notification, or a day's digest of several. Titles and bodies
 * come from the notification templates, rendered in the reader's language
 * when the e-mail is written.
 */
import type { Locale } from '@klasteris/contracts';

import type { RenderedText } from '../notification-templates';

export interface EmailText {
  subject: string;
  text: string;
}

export interface EmailItem extends RenderedText {
  /** Absolute address, or null when the notification leads nowhere. */
  url: string | null;
}

const WORDS: Record<Locale, { open: string; digestSubject: (count: number) => string; digestIntro: string; footer: (url: string) => string }> = {
  lt: {
    open: 'Atidaryti',
    digestSubject: (count) => `Klasteris: dienos pranešimų suvestinė (${count})`,
    digestIntro: 'Štai, kas nutiko nuo paskutinės suvestinės:',
    footer: (url) => `Šį laišką gavote pagal savo pranešimų nustatymus Klasteryje. Juos pakeisti galite čia: ${url}`,
  },
  en: {
    open: 'Open',
    digestSubject: (count) => `Klasteris: your daily digest (${count})`,
    digestIntro: 'Here is what happened since your last digest:',
    footer: (url) => `You get this e-mail because of your notification settings in Klasteris. Change them at ${url}`,
  },
};

export function notificationEmail(locale: Locale, item: EmailItem, settingsUrl: string): EmailText {
  const words = WORDS[locale];
  const lines = [item.title, '', item.body];
  if (item.url) lines.push('', `${words.open}: ${item.url}`);
  lines.push('', '--', words.footer(settingsUrl));
  return { subject: item.title, text: `${lines.join('\n')}\n` };
}

export function digestEmail(locale: Locale, items: EmailItem[], settingsUrl: string): EmailText {
  const words = WORDS[locale];
  const lines = [words.digestIntro, ''];
  for (const item of items) {
    lines.push(`* ${item.title}`);
    if (item.body) lines.push(`  ${item.body}`);
    if (item.url) lines.push(`  ${words.open}: ${item.url}`);
    lines.push('');
  }
  lines.push('--', words.footer(settingsUrl));
  return { subject: words.digestSubject(items.length), text: `${lines.join('\n')}\n` };
}
