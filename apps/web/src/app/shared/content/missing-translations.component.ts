/** For lecturers: the items of a programme that still lack a language, each with a link where there is a page. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { ContentKind, MissingTranslation } from '../../core/content/localized-content';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS, type TranslationKey } from '../../core/i18n/translation-key';

const KIND_LABELS: Readonly<Record<ContentKind, TranslationKey>> = {
  programme: 'content.kind.programme',
  module: 'content.kind.module',
  assignment: 'content.kind.assignment',
};

@Component({
  selector: 'kl-missing-translations',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (items().length > 0) {
      <section class="note" data-testid="missing-translations" aria-labelledby="missing-translations-heading">
        <h2 id="missing-translations-heading">{{ 'content.missingHeading' | t }}</h2>
        <ul>
          @for (item of items(); track item.kind + item.id) {
            <li>
              {{ kinds[item.kind] | t }}:
              @if (item.link) {
                <a [routerLink]="item.link">{{ item.title }}</a>
              } @else {
                <strong>{{ item.title }}</strong>
              }
              —
              @for (locale of item.missing; track locale; let last = $last) {
                {{ 'content.missingLanguage' | t: { language: (languages[locale].name | t) } }}{{ last ? '' : ', ' }}
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .note {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-tertiary);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MissingTranslationsComponent {
  readonly items = input.required<readonly MissingTranslation[]>();
  protected readonly kinds = KIND_LABELS;
  protected readonly languages = LANGUAGE_LABELS;
}
