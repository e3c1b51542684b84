/**
 * LT / EN switch. Each option shows its short code and tells screen readers
 * the language's own name ("LT (Lietuvių)"), marked with `lang` so it is
 * pronounced right whatever language is active.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { LOCALES, type Locale } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS } from '../../core/i18n/translation-key';

@Component({
  selector: 'kl-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <mat-button-toggle-group
      class="switch"
      [attr.aria-label]="'language.switchLabel' | t"
      [value]="locale()"
      (change)="choose($event.value)"
    >
      @for (option of options; track option) {
        <mat-button-toggle [value]="option" [attr.lang]="option" [attr.data-testid]="'language-' + option">
          {{ labels[option].short | t }}<span class="visually-hidden"> ({{ labels[option].name | t }})</span>
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    .switch {
      --mat-button-toggle-height: 2.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitchComponent {
  readonly locale = input.required<Locale>();
  readonly localeChange = output<Locale>();

  protected readonly options = LOCALES;
  protected readonly labels = LANGUAGE_LABELS;

  protected choose(value: unknown): void {
    const chosen = LOCALES.find((locale) => locale === value);
    if (chosen !== undefined && chosen !== this.locale()) this.localeChange.emit(chosen);
  }
}
