/**
 * Submissions, newest attempt first: attempt, time, status, text, file and
 * the review's verdict and feedback. Used by the learner's assignment page
 * and the lecturer's submission page. Presentational.
 */
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Submission, SubmissionStatus } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';

export const STATUS_LABELS: Readonly<Record<SubmissionStatus, TranslationKey>> = {
  submitted: 'submission.status.submitted',
  passed: 'submission.status.passed',
  revise: 'submission.status.revise',
};

@Component({
  selector: 'kl-submission-history',
  imports: [MatButtonModule, RouterLink, TranslatePipe, LocalDateTimePipe],
  templateUrl: './submission-history.component.html',
  styleUrl: './submission-history.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionHistoryComponent {
  /** Newest first. */
  readonly submissions = input.required<readonly Submission[]>();
  /** Lecturers see whose work it is. */
  readonly showLearner = input(false);
  /** Lecturers open each one to review it. */
  readonly linkToSubmission = input(false);
  /** The one on screen, not linked to itself. */
  readonly currentId = input<string | null>(null);
  /** The id of the submission whose file is downloading. */
  readonly downloading = input<string | null>(null);

  readonly download = output<Submission>();

  protected readonly statusLabels = STATUS_LABELS;

  protected kilobytes(bytes: number): number {
    return Math.max(1, Math.ceil(bytes / 1024));
  }
}
