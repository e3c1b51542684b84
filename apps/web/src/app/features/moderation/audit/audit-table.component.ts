/**
 * The audit log as a table: when, what, where, who acted (or "System", with
 * the figures that made it act), on whom, for how long and why. On a narrow
 * screen the table scrolls sideways inside its own region, not the page.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ModerationAuditEntry } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ACTION_LABELS, auditDetailLines } from '../moderation-rules';

@Component({
  selector: 'kl-audit-table',
  imports: [TranslatePipe, LocalDateTimePipe],
  template: `
    <div class="scroll" role="region" tabindex="0" [attr.aria-label]="'moderation.audit.tableLabel' | t">
      <table data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{{ 'moderation.audit.when' | t }}</th>
            <th scope="col">{{ 'moderation.audit.action' | t }}</th>
            <th scope="col">{{ 'moderation.audit.room' | t }}</th>
            <th scope="col">{{ 'moderation.audit.actor' | t }}</th>
            <th scope="col">{{ 'moderation.audit.target' | t }}</th>
            <th scope="col">{{ 'moderation.audit.reason' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.entry.id) {
            <tr data-testid="audit-entry" [attr.data-action]="row.entry.action">
              <td>
                <time [attr.datetime]="row.entry.createdAt">{{ row.entry.createdAt | localDateTime: 'dateTime' }}</time>
              </td>
              <td>
                {{ actionLabels[row.entry.action] | t }}
                @if (row.entry.durationSeconds !== null && row.entry.durationSeconds > 0) {
                  <span class="quiet">{{
                    (row.entry.action === 'slow_mode' ? 'moderation.audit.seconds' : 'moderation.audit.minutes')
                      | t
                        : {
                            count:
                              row.entry.action === 'slow_mode'
                                ? row.entry.durationSeconds
                                : Math.round(row.entry.durationSeconds / 60),
                          }
                  }}</span>
                }
              </td>
              <td>{{ row.entry.roomName ?? '—' }}</td>
              <td>
                @if (row.entry.actor; as actor) {
                  {{ actor.displayName }}
                } @else {
                  <span class="system" data-testid="audit-system">{{ 'moderation.audit.system' | t }}</span>
                  @for (line of row.detail; track $index) {
                    <span class="quiet detail">{{ line.key | t: line.params }}</span>
                  }
                }
              </td>
              <td>{{ row.entry.targetUser?.displayName ?? '—' }}</td>
              <td class="reason">{{ row.entry.reason }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    th {
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container);
      white-space: nowrap;
    }
    .quiet {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .system {
      font-weight: 600;
    }
    .reason {
      min-width: 12rem;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTableComponent {
  readonly entries = input.required<readonly ModerationAuditEntry[]>();

  protected readonly Math = Math;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly rows = computed(() =>
    this.entries().map((entry) => ({ entry, detail: entry.actor === null ? auditDetailLines(entry.detail) : [] })),
  );
}
