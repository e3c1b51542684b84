/**
 * `{{ message.createdAt | localDateTime: 'time' }}`: an instant in the
 * signed-in person's time zone (the browser's before sign-in) and the active
 * language. Impure for the same reason as the translate pipe.
 */
import { computed, inject, Pipe, type PipeTransform } from '@angular/core';

import { AuthService } from '../auth/auth.service';
import { browserTimeZone, type DateTimeStyle, formatDateTime } from './date-time-format';
import { I18nService } from './i18n.service';

@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly timeZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());

  transform(value: string | Date | null | undefined, style: DateTimeStyle = 'dateTime'): string {
    if (value === null || value === undefined) return '';
    return formatDateTime(value, { locale: this.i18n.locale(), timeZone: this.timeZone(), style });
  }
}
