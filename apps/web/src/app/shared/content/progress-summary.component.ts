/** A learner's progress in a programme: a bar and "2 of 5 modules done (40%)". */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ProgrammeProgress } from '@klasteris/contracts';

import { progressLabel } from '../../core/content/localized-content';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-progress-summary',
  imports: [MatProgressBarModule, TranslatePipe],
  template: `
    @let label = text();
    <p class="label" data-testid="progress-label">{{ label.key | t: label.params }}</p>
    <mat-progress-bar
      mode="determinate"
      [value]="progress().percent"
      [attr.aria-label]="label.key | t: label.params"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      margin: 0 0 0.375rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressSummaryComponent {
  readonly progress = input.required<ProgrammeProgress>();
  protected readonly text = computed(() => progressLabel(this.progress()));
}
