/**
 * The error of a whole form (what the server said), in a live region that
 * exists before any error does, so screen readers announce each new message.
 */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'kl-form-error',
  template: `
    <div class="region" aria-live="assertive" aria-atomic="true">
      @if (message(); as text) {
        <p class="error" data-testid="form-error">{{ text }}</p>
      }
    </div>
  `,
  styles: `
    .error {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrorComponent {
  readonly message = input<string | null>(null);
}
