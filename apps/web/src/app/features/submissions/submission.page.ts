/**
 * `/submissions/:id` (where notifications link): one submission with its
 * text and file, the learner's earlier attempts, and for lecturers the
 * review form while it waits for review. Learners see their own and the
 * feedback, with the way back to the assignment.
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Assignment, ReviewSubmissionRequest, Submission } from '@klasteris/contracts';

import { ApiClient } from '../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../core/api/api-error';
import { saveFile } from '../../core/api/save-file';
import { AuthService } from '../../core/auth/auth.service';
import { shownText } from '../../core/content/localized-content';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { SubmissionHistoryComponent } from '../../shared/submissions/submission-history.component';
import { newestFirst } from '../assignments/submission-rules';
import { ReviewFormComponent } from './review-form.component';

@Component({
  selector: 'kl-submission-page',
  imports: [RouterLink, TranslatePipe, SubmissionHistoryComponent, ReviewFormComponent],
  templateUrl: './submission.page.html',
  styleUrl: './submission.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionPage {
  /** From the route. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  protected readonly locale = inject(I18nService).locale;

  protected readonly submission = signal<Submission | null>(null);
  protected readonly assignment = signal<Assignment | null>(null);
  protected readonly attempts = signal<readonly Submission[]>([]);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly reviewing = signal(false);
  protected readonly reviewError = signal<ErrorMessage | null>(null);
  protected readonly status = signal<ErrorMessage | null>(null);
  protected readonly downloading = signal<string | null>(null);

  protected readonly canReview = computed(() => {
    const role = this.auth.user()?.role;
    return (role === 'lecturer' || role === 'admin') && this.submission()?.status === 'submitted';
  });
  protected readonly isLearner = computed(() => this.auth.user()?.role === 'learner');
  protected readonly title = computed(() => {
    const assignment = this.assignment();
    return assignment ? shownText(assignment.title, this.locale()) : null;
  });
  /** This learner's attempts at the assignment, newest first, this one included. */
  protected readonly history = computed(() => {
    const current = this.submission();
    if (!current) return [];
    const mine = this.attempts().filter((attempt) => attempt.learner.id === current.learner.id);
    return newestFirst(mine.some((attempt) => attempt.id === current.id) ? mine : [...mine, current]);
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    this.loadError.set(null);
    try {
      const submission = await this.api.submission(id);
      if (id !== this.id()) return;
      this.submission.set(submission);
      const [assignment, attempts] = await Promise.all([
        this.api.assignment(submission.assignmentId),
        this.api.submissions(submission.assignmentId).then(
          (page) => page.items,
          () => [submission],
        ),
      ]);
      if (id !== this.id()) return;
      this.assignment.set(assignment);
      this.attempts.set(attempts);
    } catch (error) {
      if (id === this.id()) this.loadError.set(errorMessageFor(error));
    }
  }

  protected async review(request: ReviewSubmissionRequest): Promise<void> {
    const submission = this.submission();
    if (!submission || this.reviewing()) return;
    this.reviewing.set(true);
    this.reviewError.set(null);
    try {
      const reviewed = await this.api.review(submission.id, request);
      this.submission.set(reviewed);
      this.attempts.update((list) => list.map((item) => (item.id === reviewed.id ? reviewed : item)));
      this.status.set({ key: 'review.saved', params: { name: reviewed.learner.displayName } });
    } catch (error) {
      this.reviewError.set(errorMessageFor(error));
    } finally {
      this.reviewing.set(false);
    }
  }

  protected async download(submission: Submission): Promise<void> {
    if (!submission.file) return;
    this.downloading.set(submission.id);
    try {
      saveFile(this.document, await this.api.submissionFile(submission.id), submission.file.name);
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.downloading.set(null);
    }
  }
}
