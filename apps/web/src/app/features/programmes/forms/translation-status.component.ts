/**
 * Under a pair of bilingual fields: which language is still missing (it will
 * show as "not yet translated"), or that at least one must be written.
 * Announced politely as the author types.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LocalizedText } from '@klasteris/contracts';

import { missingInInput } from '../../../core/content/localized-content';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS } from '../../../core/i18n/translation-key';

@Component({
  selector: 'kl-translation-status',
  imports: [TranslatePipe],
  template: `
    <p class="status" aria-live="polite" data-testid="translation-status" [class.warn]="state() !== 'complete'">
      @switch (state()) {
        @case ('none') {
          {{ (optional() ? 'content.form.optionalEmpty' : 'content.form.bothMissing') | t }}
        }
        @case ('complete') {
          {{ 'content.form.complete' | t }}
        }
        @default {
          {{ 'content.form.oneMissing' | t: { language: (languages[missingOne()].name | t) } }}
        }
      }
    </p>
  `,
  styles: `
    .status {
      margin: -0.25rem 0 0.75rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .warn {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TranslationStatusComponent {
  readonly text = input.required<Partial<LocalizedText>>();
  /** An optional text (a module's description) may be left empty in both languages. */
  readonly optional = input(false);

  protected readonly languages = LANGUAGE_LABELS;
  private readonly missing = computed(() => missingInInput(this.text()));
  protected readonly state = computed(() => {
    const missing = this.missing();
    if (missing === 'both') return 'none';
    return missing.length === 0 ? 'complete' : 'one';
  });
  protected readonly missingOne = computed(() => {
    const missing = this.missing();
    return missing === 'both' || missing.length === 0 ? 'en' : missing[0];
  });
}
