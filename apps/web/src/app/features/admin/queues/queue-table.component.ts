/**
 * One row per queue, one column per job state, and a button to show a
 * queue's failed jobs. Presentational: summaries in, the chosen queue out.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { JobState, Locale, QueueName, QueueSummary } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatCount, QUEUE_LABELS, shownStates, STATE_LABELS } from './queue-counts';

@Component({
  selector: 'kl-queue-table',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="scroll">
      <table class="table" data-testid="queue-table">
        <caption class="visually-hidden">
          {{ 'admin.queues.tableCaption' | t }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'admin.queues.queue' | t }}</th>
            @for (state of states(); track state) {
              <th scope="col" class="count">{{ stateLabels[state] | t }}</th>
            }
            <th scope="col"><span class="visually-hidden">{{ 'admin.queues.failedJobsColumn' | t }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (summary of summaries(); track summary.name) {
            @let chosen = summary.name === selected();
            <tr [class.chosen]="chosen" [attr.data-testid]="'queue-' + summary.name">
              <th scope="row">
                <span class="name">{{ queueLabels[summary.name] | t }}</span>
                <code class="technical">{{ summary.name }}</code>
              </th>
              @for (state of states(); track state) {
                <td
                  class="count"
                  [class.alarm]="state === 'failed' && summary.counts.failed > 0"
                  [attr.data-testid]="'count-' + state"
                >
                  {{ count(summary, state) }}
                </td>
              }
              <td class="action">
                <button
                  mat-button
                  type="button"
                  [attr.data-testid]="'show-failed-' + summary.name"
                  [attr.aria-pressed]="chosen"
                  [attr.aria-label]="'admin.queues.showFailedOf' | t: { queue: (queueLabels[summary.name] | t) }"
                  (click)="choose.emit(summary.name)"
                >
                  {{ 'admin.queues.showFailed' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .scroll {
      /* Positioned, so the visually hidden labels scroll with the table instead of widening the page. */
      position: relative;
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .count {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .chosen {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .name {
      display: block;
      font: var(--mat-sys-title-small);
    }
    .technical {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .alarm {
      color: var(--mat-sys-error);
      font-weight: 700;
    }
    .action {
      text-align: end;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueTableComponent {
  readonly summaries = input.required<readonly QueueSummary[]>();
  readonly selected = input<QueueName | null>(null);
  readonly locale = input.required<Locale>();
  readonly choose = output<QueueName>();

  protected readonly queueLabels = QUEUE_LABELS;
  protected readonly stateLabels = STATE_LABELS;
  protected readonly states = computed(() => shownStates(this.summaries()));

  protected count(summary: QueueSummary, state: JobState): string {
    return formatCount(summary.counts[state], this.locale());
  }
}
