/**
 * A week of slots at a glance, one column per date (stacked on a phone):
 * the lecturer's preview before saving, and the slots the API publishes
 * after. Presentational and read-only: each entry is its time and a detail
 * (another zone's time, places left).
 */
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatCalendarDate } from '../time-zones';

export interface PreviewDay {
  date: string;
  items: readonly { key: string; time: string; detail: string | null }[];
}

@Component({
  selector: 'kl-week-preview',
  imports: [TranslatePipe],
  template: `
    <ul class="week" [attr.aria-label]="label()">
      @for (day of shown(); track day.date) {
        <li class="day" data-testid="preview-day" [attr.data-date]="day.date">
          <p class="day-heading">{{ day.heading }}</p>
          @if (day.items.length === 0) {
            <p class="none">{{ 'officeHours.editor.previewNone' | t }}</p>
          } @else {
            <ul class="slots">
              @for (item of day.items; track item.key) {
                <li class="slot" data-testid="preview-slot">
                  <span class="time">{{ item.time }}</span>
                  @if (item.detail) {
                    <span class="detail">{{ item.detail }}</span>
                  }
                </li>
              }
            </ul>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .week {
      display: grid;
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @media (max-width: 56rem) {
      .week {
        grid-template-columns: 1fr;
      }
    }
    .day {
      min-width: 0;
      padding: 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .day-heading {
      margin: 0 0 0.375rem;
      font: var(--mat-sys-title-small);
    }
    .none,
    .detail {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .slots {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .slot {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.375rem;
      padding: 0.25rem 0.375rem;
      border-inline-start: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface);
    }
    .time {
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekPreviewComponent {
  private readonly i18n = inject(I18nService);

  readonly days = input.required<readonly PreviewDay[]>();
  readonly label = input.required<string>();

  protected readonly shown = computed(() => {
    const locale = this.i18n.locale();
    return this.days().map((day) => ({ ...day, heading: formatCalendarDate(day.date, locale) }));
  });
}
