/** An honest "nothing here yet": a short title and what will make something appear. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'kl-empty-state',
  template: `
    <svg class="art" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="16" cy="18" r="6" />
      <circle cx="32" cy="18" r="6" />
      <circle cx="24" cy="32" r="6" />
    </svg>
    <p class="title">{{ heading() }}</p>
    <p class="text">{{ text() }}</p>
  `,
  styles: `
    :host {
      display: block;
      padding: 1.5rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      text-align: center;
    }
    .art {
      width: 3rem;
      height: 3rem;
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
    }
    .title {
      margin: 0.5rem 0 0.25rem;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .text {
      margin: 0 auto;
      max-width: 40rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly text = input.required<string>();
}
