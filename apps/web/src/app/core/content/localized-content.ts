/**
 * Bilingual content for one reader, pure: which language's text to show,
 * whether it is the other language's fallback ("not yet translated"), the
 * progress wording, and which items a lecturer still has to translate.
 */
import type { Locale, LocalizedText, ProgrammeDetail, ProgrammeProgress, RenderedText } from '@klasteris/contracts';

import type { TranslationKey, TranslationParams } from '../i18n/translation-key';

export function otherLocale(locale: Locale): Locale {
  return locale === 'lt' ? 'en' : 'lt';
}

function isWritten(text: string | undefined): boolean {
  return (text ?? '').trim() !== '';
}

export interface ShownText {
  /** The server's sanitised HTML for this reader. */
  html: string;
  /** The source text shown (for titles and labels). */
  plain: string;
  /** The language the shown text is written in, for the `lang` attribute. */
  lang: Locale;
  /** The reader's language is missing: this is the other language's text. */
  fallback: boolean;
}

/** What a reader of `locale` sees of a text, following the server's fallback. */
export function shownText(text: RenderedText, locale: Locale): ShownText {
  const fallback = text.missing.includes(locale) || (!isWritten(text[locale]) && isWritten(text[otherLocale(locale)]));
  const lang = fallback ? otherLocale(locale) : locale;
  return { html: text.html[locale], plain: text[lang], lang, fallback };
}

/** The plain text in the reader's language, or the other one while it is not written. */
export function plainText(text: LocalizedText, locale: Locale): string {
  return isWritten(text[locale]) ? text[locale] : text[otherLocale(locale)];
}

/** True when any of these texts shows the other language to this reader. */
export function anyFallback(locale: Locale, ...texts: RenderedText[]): boolean {
  return texts.some((text) => shownText(text, locale).fallback);
}

export interface ProgressLabel {
  key: TranslationKey;
  params: TranslationParams;
}

/** "2 of 5 modules done (40%)", or that nothing is started / all is done. */
export function progressLabel(progress: ProgrammeProgress): ProgressLabel {
  const params = { done: progress.completedModules, total: progress.totalModules, percent: progress.percent };
  if (progress.totalModules === 0) return { key: 'programmes.progress.noModules', params };
  if (progress.completedModules >= progress.totalModules) return { key: 'programmes.progress.complete', params };
  if (progress.completedModules === 0) return { key: 'programmes.progress.notStarted', params };
  return { key: 'programmes.progress.some', params };
}

export type ContentKind = 'programme' | 'module' | 'assignment';

/** One item a lecturer still has to translate. */
export interface MissingTranslation {
  kind: ContentKind;
  id: string;
  /** In the reader's language, or the other. */
  title: string;
  missing: Locale[];
  /** Where to go to see it, for modules and assignments. */
  link: string[] | null;
}

/** Every item of a programme (itself, its modules, their assignments) that lacks a language, in reading order. */
export function missingTranslations(programme: ProgrammeDetail, locale: Locale): MissingTranslation[] {
  const found: MissingTranslation[] = [];
  if (programme.missingTranslations.length > 0) {
    found.push({
      kind: 'programme',
      id: programme.id,
      title: plainText(programme.title, locale),
      missing: programme.missingTranslations,
      link: null,
    });
  }
  for (const module of [...programme.modules].sort((a, b) => a.position - b.position)) {
    if (module.missingTranslations.length > 0) {
      found.push({
        kind: 'module',
        id: module.id,
        title: plainText(module.title, locale),
        missing: module.missingTranslations,
        link: ['/programmes', programme.id, 'modules', module.id],
      });
    }
    for (const assignment of module.assignments) {
      if (assignment.missingTranslations.length > 0) {
        found.push({
          kind: 'assignment',
          id: assignment.id,
          title: plainText(assignment.title, locale),
          missing: assignment.missingTranslations,
          link: ['/assignments', assignment.id],
        });
      }
    }
  }
  return found;
}

/**
 * For a bilingual form: the languages left empty while the other is written
 * (shown as "not yet translated"), or `both` when nothing is written at all.
 */
export function missingInInput(text: Partial<LocalizedText>): Locale[] | 'both' {
  const lt = isWritten(text.lt);
  const en = isWritten(text.en);
  if (!lt && !en) return 'both';
  return [...(lt ? [] : (['lt'] as const)), ...(en ? [] : (['en'] as const))];
}

/** A bilingual form value as the API takes it: trimmed, empty languages left out. */
export function toLocalizedInput(text: Partial<LocalizedText>): Partial<LocalizedText> {
  const result: Partial<LocalizedText> = {};
  if (isWritten(text.lt)) result.lt = (text.lt ?? '').trim();
  if (isWritten(text.en)) result.en = (text.en ?? '').trim();
  return result;
}
