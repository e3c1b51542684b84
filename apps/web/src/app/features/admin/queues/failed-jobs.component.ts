/**
 * A queue's failed jobs, newest first: what ran, why it failed, how many
 * attempts, when, and a Retry button. Presentational: jobs in, retries out.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { FailedJob } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-failed-jobs',
  imports: [MatButtonModule, TranslatePipe, LocalDateTimePipe],
  template: `
    <ul class="jobs">
      @for (job of jobs(); track job.id) {
        <li class="job" data-testid="failed-job">
          <div class="head">
            <h3 class="title">
              {{ job.name }} <span class="id">{{ 'admin.failed.id' | t: { id: job.id } }}</span>
            </h3>
            <button
              mat-stroked-button
              type="button"
              data-testid="retry-job"
              disabledInteractive
              [disabled]="retrying() !== null"
              [attr.aria-label]="retrying() === job.id ? null : ('admin.failed.retryJob' | t: { name: job.name, id: job.id })"
              (click)="retry.emit(job)"
            >
              {{ (retrying() === job.id ? 'admin.failed.retrying' : 'admin.failed.retry') | t }}
            </button>
          </div>
          <dl class="facts">
            <div>
              <dt>{{ 'admin.failed.reason' | t }}</dt>
              <dd class="reason" data-testid="failed-reason">{{ job.failedReason || ('admin.failed.noReason' | t) }}</dd>
            </div>
            <div>
              <dt>{{ 'admin.failed.attempts' | t }}</dt>
              <dd>{{ job.attemptsMade }}</dd>
            </div>
            <div>
              <dt>{{ 'admin.failed.failedAt' | t }}</dt>
              <dd>{{ job.failedAt ?? job.createdAt | localDateTime }}</dd>
            </div>
          </dl>
          <details class="data">
            <summary>{{ 'admin.failed.data' | t }}</summary>
            <pre>{{ data(job) }}</pre>
          </details>
        </li>
      }
    </ul>
  `,
  styles: `
    .jobs {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .job {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-inline-start: 4px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .id {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .facts {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 1fr) minmax(0, 2fr);
      gap: 0.5rem 1rem;
      margin: 0.5rem 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .reason {
      overflow-wrap: anywhere;
    }
    .data summary {
      cursor: pointer;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
    }
    pre {
      margin: 0.5rem 0 0;
      padding: 0.5rem;
      overflow-x: auto;
      background: var(--mat-sys-surface-container);
      border-radius: var(--mat-sys-corner-small);
      font-size: 0.8125rem;
    }
    @media (max-width: 40rem) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FailedJobsComponent {
  readonly jobs = input.required<readonly FailedJob[]>();
  /** The job being retried, if any: every Retry waits for it. */
  readonly retrying = input<string | null>(null);
  readonly retry = output<FailedJob>();

  protected data(job: FailedJob): string {
    // `undefined` data has no JSON at all.
    return JSON.stringify(job.data, null, 2) ?? '';
  }
}
