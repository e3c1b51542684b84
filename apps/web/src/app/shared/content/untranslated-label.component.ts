/** "Not yet translated: shown in Lithuanian", beside text that is the other language's fallback. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Locale } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS } from '../../core/i18n/translation-key';

@Component({
  selector: 'kl-untranslated-label',
  imports: [TranslatePipe],
  template: `<span class="label" data-testid="untranslated">{{
    'content.untranslated' | t: { language: (languages[shownIn()].name | t) }
  }}</span>`,
  styles: `
    .label {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UntranslatedLabelComponent {
  /** The language the text is shown in instead. */
  readonly shownIn = input.required<Locale>();
  protected readonly languages = LANGUAGE_LABELS;
}
