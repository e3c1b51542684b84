/** "30 Mar – 5 Apr 2026": a week's first and last dates in the interface language. */
import type { Locale } from '@klasteris/contracts';

import { INTL_LOCALES } from '../../../core/i18n/date-time-format';
import { addDays } from '../time-zones';

export function weekLabel(monday: string, locale: Locale): string {
  const start = new Date(`${monday}T12:00:00Z`);
  const end = new Date(`${addDays(monday, 6)}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(start, end);
}
