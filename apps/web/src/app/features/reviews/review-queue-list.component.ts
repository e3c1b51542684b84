/** The waiting submissions, oldest first: who, which assignment of which module and programme, when. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Locale, ReviewQueueItem } from '@klasteris/contracts';

import { plainText } from '../../core/content/localized-content';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-review-queue-list',
  imports: [RouterLink, TranslatePipe, LocalDateTimePipe],
  template: `
    <ol class="queue">
      @for (item of items(); track item.submission.id) {
        <li class="entry" data-testid="queue-item">
          <a class="open" [routerLink]="['/submissions', item.submission.id]">
            {{ 'reviews.open' | t: { name: item.submission.learner.displayName, assignment: text(item.assignment.title) } }}
          </a>
          <p class="meta">
            {{ text(item.programme.title) }} · {{ text(item.module.title) }}
          </p>
          <p class="meta">
            {{ 'submission.attempt' | t: { attempt: item.submission.attempt } }} ·
            {{ 'submission.submittedAt' | t: { time: (item.submission.submittedAt | localDateTime) } }}
            @if (item.submission.learner.organisationName) {
              · {{ item.submission.learner.organisationName }}
            }
            @if (item.submission.late) {
              · <strong>{{ 'submission.late' | t }}</strong>
            }
          </p>
        </li>
      }
    </ol>
  `,
  styles: `
    .queue {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .open {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta {
      margin: 0.25rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueueListComponent {
  readonly items = input.required<readonly ReviewQueueItem[]>();
  readonly locale = input.required<Locale>();

  protected text(value: ReviewQueueItem['assignment']['title']): string {
    return plainText(value, this.locale());
  }
}
