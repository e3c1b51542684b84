/**
 * Translation keys as a type, derived from the English dictionary, so a
 * misspelt key in TypeScript or in a strictly checked template is a compile
 * error. Only the type is imported: the JSON is fetched at run time.
 */
import type { Locale } from '@klasteris/contracts';

type EnglishDictionary = typeof import('../../../../public/i18n/en.json');

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${Leaves<T[K]>}` : never;
}[keyof T & string];

export type TranslationKey = Leaves<EnglishDictionary>;

/** Values put into `{name}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** The short label and the native name of each language, for language switches. */
export const LANGUAGE_LABELS: Readonly<Record<Locale, { short: TranslationKey; name: TranslationKey }>> = {
  lt: { short: 'language.ltShort', name: 'language.lt' },
  en: { short: 'language.enShort', name: 'language.en' },
};

/** A route's `title`, checked as a translation key (see TranslatedTitleStrategy). */
export function pageTitle(key: TranslationKey): string {
  return key;
}
