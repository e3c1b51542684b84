/**
 * Who runs a consultation, what it is for (a module, or everyone) and when:
 * the planned start, since when it is live, or when it ended, in the
 * reader's time zone.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { Consultation } from '@klasteris/contracts';

import { plainText } from '../../core/content/localized-content';
import { I18nService } from '../../core/i18n/i18n.service';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-consultation-facts',
  imports: [TranslatePipe, LocalDateTimePipe],
  template: `
    @let c = consultation();
    <li data-testid="consultation-lecturer">{{ 'consultations.lecturer' | t: { name: c.lecturer.displayName } }}</li>
    <li>
      @if (moduleTitle(); as title) {
        {{ 'consultations.module' | t: { title } }}
      } @else {
        {{ 'consultations.openToAll' | t }}
      }
    </li>
    @switch (c.state) {
      @case ('scheduled') {
        @if (c.startsAt) {
          <li data-testid="consultation-time">
            <time [attr.datetime]="c.startsAt">{{
              'consultations.startsAt' | t: { time: c.startsAt | localDateTime: 'weekdayDateTime' }
            }}</time>
          </li>
        }
      }
      @case ('live') {
        @if (c.startedAt) {
          <li data-testid="consultation-time">
            <time [attr.datetime]="c.startedAt">{{
              'consultations.startedAt' | t: { time: c.startedAt | localDateTime: 'dateTime' }
            }}</time>
          </li>
        }
      }
      @case ('ended') {
        @if (c.endedAt) {
          <li data-testid="consultation-time">
            <time [attr.datetime]="c.endedAt">{{
              'consultations.endedAt' | t: { time: c.endedAt | localDateTime: 'dateTime' }
            }}</time>
          </li>
        }
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { role: 'list' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationFactsComponent {
  readonly consultation = input.required<Consultation>();
  private readonly locale = inject(I18nService).locale;
  protected readonly moduleTitle = computed(() => {
    const title = this.consultation().moduleTitle;
    return title === null ? null : plainText(title, this.locale());
  });
}
