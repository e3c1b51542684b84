/** The author's organisation beside their name, so people see who speaks for which municipality, NGO or business. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-organisation-badge',
  imports: [TranslatePipe],
  template: `<span class="visually-hidden">, </span>{{ name() ?? ('account.noOrganisation' | t) }}`,
  styles: `
    :host {
      display: inline-block;
      max-width: 100%;
      padding: 0 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      line-height: 1.5rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: middle;
    }
  `,
  host: { 'data-testid': 'organisation-badge' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationBadgeComponent {
  readonly name = input<string | null>(null);
}
