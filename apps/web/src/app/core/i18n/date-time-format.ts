/**
 * Dates and times in the person's own time zone and language, through Intl.
 * The API sends UTC ISO strings; this is the one place they become text.
 */
import type { Locale } from '@klasteris/contracts';

/** The Intl locale for each interface language (British English: day before month, 24-hour clock). */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { lt: 'lt-LT', en: 'en-GB' };

export type DateTimeStyle = 'date' | 'time' | 'dateTime' | 'weekdayDateTime';

const STYLES: Readonly<Record<DateTimeStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  weekdayDateTime: {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: Locale, timeZone: string, style: DateTimeStyle): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${timeZone}|${style}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...STYLES[style], timeZone });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/** The browser's own zone, used before the person's profile is known. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Formats an instant for a person. An unknown time zone falls back to UTC
 * rather than throwing, so one bad profile value cannot break a page.
 */
export function formatDateTime(
  value: string | Date,
  { locale, timeZone, style = 'dateTime' }: { locale: Locale; timeZone: string; style?: DateTimeStyle },
): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return '';
  try {
    return formatterFor(locale, timeZone, style).format(instant);
  } catch {
    return formatterFor(locale, 'UTC', style).format(instant);
  }
}
