/**
 * How a template reads its params, in the reader's language. A param may be
 * given once (`learnerName`) or per language (`assignmentTitle.lt`,
 * `assignmentTitle.en`); the reader's language wins, then the plain value,
 * then the other language, so nothing renders empty when one translation is
 * missing.
 */
import type { Locale } from '@klasteris/contracts';

export interface Reader {
  locale: Locale;
  timeZone: string;
}

export class TemplateParams {
  constructor(
    private readonly params: Readonly<Record<string, string>>,
    readonly reader: Reader,
  ) {}

  text(name: string): string {
    const other: Locale = this.reader.locale === 'lt' ? 'en' : 'lt';
    return this.params[`${name}.${this.reader.locale}`] ?? this.params[name] ?? this.params[`${name}.${other}`] ?? '';
  }

  /** A value from a closed set (`verdict: passed`), put in words by the template. */
  choice<T extends string>(name: string, words: Record<T, string>, fallback: string): string {
    const value = this.text(name);
    return Object.prototype.hasOwnProperty.call(words, value) ? words[value as T] : fallback;
  }

  /** An ISO time, written in the reader's time zone and language. */
  dateTime(name: string): string {
    const value = new Date(this.text(name));
    if (Number.isNaN(value.getTime())) return this.text(name);
    return new Intl.DateTimeFormat(this.reader.locale === 'lt' ? 'lt-LT' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: this.reader.timeZone,
    }).format(value);
  }
}

/** True when the param is given in some form (plain or per language). */
export function hasParam(params: Readonly<Record<string, string>>, name: string): boolean {
  return [name, `${name}.lt`, `${name}.en`].some((key) => typeof params[key] === 'string' && params[key] !== '');
}
