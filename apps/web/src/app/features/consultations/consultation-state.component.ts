/** The consultation's state as a chip: live now (with a dot), upcoming, or ended. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ConsultationState } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';

export const STATE_LABELS: Readonly<Record<ConsultationState, TranslationKey>> = {
  scheduled: 'consultations.state.scheduled',
  live: 'consultations.state.live',
  ended: 'consultations.state.ended',
};

@Component({
  selector: 'kl-consultation-state',
  imports: [TranslatePipe],
  template: `
    @if (state() === 'live') {
      <span class="dot" aria-hidden="true"></span>
    }
    {{ labels[state()] | t }}
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.75rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    :host(.live) {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    :host(.scheduled) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .dot {
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: currentColor;
    }
  `,
  host: {
    'data-testid': 'consultation-state',
    '[class]': 'state()',
    '[attr.data-state]': 'state()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationStateComponent {
  readonly state = input.required<ConsultationState>();
  protected readonly labels = STATE_LABELS;
}
