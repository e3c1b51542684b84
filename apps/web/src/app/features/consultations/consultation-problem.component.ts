/**
 * What either view of a consultation shows instead when it cannot be shown:
 * not found, not open to me, removed from its room (announced, as the chat
 * says it), or another failure, with a retry when loading it failed.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { RoomErrorKind } from '../../core/live/room/live-room.store';

@Component({
  selector: 'kl-consultation-problem',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @switch (kind()) {
      @case ('notFound') {
        <section class="problem" data-testid="consultation-problem">
          <h1>{{ 'consultations.notFoundTitle' | t }}</h1>
          <p>{{ 'consultations.notFoundText' | t }}</p>
        </section>
      }
      @case ('forbidden') {
        <section class="problem" data-testid="consultation-problem">
          <h1>{{ 'consultations.forbiddenTitle' | t }}</h1>
          <p>{{ 'consultations.forbiddenText' | t }}</p>
        </section>
      }
      @case ('removed') {
        <section class="problem removed" role="alert" data-testid="consultation-removed">
          <h1>{{ 'room.removed.title' | t }}</h1>
          <p>{{ 'room.removed.text' | t }}</p>
        </section>
      }
      @case ('other') {
        <section class="problem" data-testid="consultation-problem">
          <h1>{{ 'consultations.errorTitle' | t }}</h1>
          @if (failure(); as reason) {
            <p>{{ reason.key | t: reason.params }}</p>
          }
          @if (canRetry()) {
            <button mat-button type="button" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
          }
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .problem {
      padding: 1.5rem;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);

      p {
        margin: 0.5rem 0 0;
      }

      // Banned from the consultation's room: as the chat says it.
      &.removed {
        border-color: transparent;
        background: var(--mat-sys-error-container);
        color: var(--mat-sys-on-error-container);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationProblemComponent {
  readonly kind = input.required<RoomErrorKind>();
  /** What went wrong, shown for `other`. */
  readonly failure = input<ErrorMessage | null>(null);
  /** Loading the consultation failed: it can be tried again. */
  readonly canRetry = input(false);
  readonly retry = output();
}
