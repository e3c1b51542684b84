/**
 * The mails in the outbox, newest first: to whom, the subject and when, with
 * the text behind a disclosure. Presentational.
 */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { OutboxMail } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-outbox-list',
  imports: [TranslatePipe, LocalDateTimePipe],
  template: `
    <ul class="mails">
      @for (mail of mails(); track mail.id) {
        <li class="mail" data-testid="outbox-mail">
          <details>
            <summary>
              <span class="subject" data-testid="outbox-subject">{{ mail.subject }}</span>
              <span class="meta">
                {{ 'admin.outbox.to' | t: { address: mail.to } }} ·
                <time [attr.datetime]="mail.createdAt">{{ mail.createdAt | localDateTime }}</time>
              </span>
            </summary>
            <pre class="text" data-testid="outbox-text">{{ mail.text }}</pre>
          </details>
        </li>
      }
    </ul>
  `,
  styles: `
    .mails {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mail {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    summary {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding: 0.75rem 1rem 0.75rem 2rem;
      cursor: pointer;
      position: relative;
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    summary::before {
      content: '▸';
      position: absolute;
      inset-inline-start: 0.75rem;
      color: var(--mat-sys-primary);
    }
    details[open] summary::before {
      content: '▾';
    }
    .subject {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .text {
      margin: 0;
      padding: 0.75rem 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxListComponent {
  readonly mails = input.required<readonly OutboxMail[]>();
}
