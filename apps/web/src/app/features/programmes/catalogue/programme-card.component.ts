/**
 * One programme in the catalogue: title and description in the reader's
 * language (labelled when it is the other's), lecturers, module count,
 * progress while enrolled, and enrol / leave for learners.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Locale, Programme } from '@klasteris/contracts';

import { anyFallback, otherLocale, shownText } from '../../../core/content/localized-content';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LANGUAGE_LABELS } from '../../../core/i18n/translation-key';
import { ProgressSummaryComponent } from '../../../shared/content/progress-summary.component';
import { RenderedTextComponent } from '../../../shared/content/rendered-text.component';
import { UntranslatedLabelComponent } from '../../../shared/content/untranslated-label.component';

@Component({
  selector: 'kl-programme-card',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    ProgressSummaryComponent,
    RenderedTextComponent,
    UntranslatedLabelComponent,
  ],
  templateUrl: './programme-card.component.html',
  styleUrl: './programme-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeCardComponent {
  readonly programme = input.required<Programme>();
  readonly locale = input.required<Locale>();
  /** Learners enrol; other roles only read. */
  readonly canEnrol = input(false);
  readonly busy = input(false);

  readonly enrolmentChange = output<boolean>();

  protected readonly languages = LANGUAGE_LABELS;
  protected readonly title = computed(() => shownText(this.programme().title, this.locale()));
  protected readonly otherLanguage = computed(() => otherLocale(this.locale()));
  protected readonly fallback = computed(() =>
    anyFallback(this.locale(), this.programme().title, this.programme().description),
  );
  protected readonly lecturers = computed(() =>
    this.programme()
      .lecturers.map((lecturer) => lecturer.displayName)
      .join(', '),
  );
}
