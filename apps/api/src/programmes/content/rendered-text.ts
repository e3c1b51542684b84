/**
 * Bilingual content as served: the sources, sanitised HTML per language
 * (falling back to the other language where one is not written yet) and the
 * languages still missing, so the client can say "not yet translated" and
 * lecturers see what to translate.
 */
import { type Locale, LOCALES, type LocalizedText, type RenderedText } from '@klasteris/contracts';

import { renderInlineMarkdown, renderMarkdown } from './markdown';

export type RenderKind = 'inline' | 'block';

const otherLocale = (locale: Locale): Locale => (locale === 'lt' ? 'en' : 'lt');
const isWritten = (text: string) => text.trim() !== '';

/** The languages this text still lacks: empty while the other language is written. */
export function missingLanguages(text: LocalizedText): Locale[] {
  return LOCALES.filter((locale) => !isWritten(text[locale]) && isWritten(text[otherLocale(locale)]));
}

/** The languages missing from any of these texts (a text empty in both, like an unused description, lacks nothing). */
export function missingTranslations(...texts: LocalizedText[]): Locale[] {
  return LOCALES.filter((locale) => texts.some((text) => missingLanguages(text).includes(locale)));
}

/** The text in this language, or in the other one while this one is not written. */
export function withFallback(text: LocalizedText, locale: Locale): string {
  return isWritten(text[locale]) ? text[locale] : text[otherLocale(locale)];
}

export function renderText(text: LocalizedText, kind: RenderKind): RenderedText {
  const render = kind === 'inline' ? renderInlineMarkdown : renderMarkdown;
  return {
    lt: text.lt,
    en: text.en,
    html: { lt: render(withFallback(text, 'lt')), en: render(withFallback(text, 'en')) },
    missing: missingLanguages(text),
  };
}
