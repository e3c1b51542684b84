/**
 * Which language the interface starts in: the signed-in person's profile,
 * else the choice saved in this browser, else the browser's own language
 * when it is Lithuanian, else English. Pure, so it is unit-tested.
 */
import { LOCALES, type Locale } from '@klasteris/contracts';

export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleSources {
  userLocale: Locale | null;
  savedLocale: string | null;
  /** `navigator.languages`, most preferred first. */
  browserLanguages: readonly string[];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function pickInitialLocale({ userLocale, savedLocale, browserLanguages }: LocaleSources): Locale {
  if (userLocale !== null) return userLocale;
  if (isLocale(savedLocale)) return savedLocale;
  const preferred = browserLanguages[0]?.toLowerCase() ?? '';
  if (preferred === 'lt' || preferred.startsWith('lt-')) return 'lt';
  return DEFAULT_LOCALE;
}
