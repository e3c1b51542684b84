/**
 * `/assignments/:id`: the instructions and due date (in the person's time
 * zone); for a learner their history with status and feedback, and the
 * hand-in form while they may hand in (first, and again after "revise");
 * for those who teach it every learner's submissions.
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Assignment, ProgrammeDetail, Submission } from '@klasteris/contracts';

import { ApiClient } from '../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../core/api/api-error';
import { saveFile } from '../../core/api/save-file';
import { AuthService } from '../../core/auth/auth.service';
import { anyFallback, otherLocale, shownText } from '../../core/content/localized-content';
import { I18nService } from '../../core/i18n/i18n.service';
import { LiveSocketService } from '../../core/live/live-socket.service';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { RenderedTextComponent } from '../../shared/content/rendered-text.component';
import { UntranslatedLabelComponent } from '../../shared/content/untranslated-label.component';
import { SubmissionHistoryComponent } from '../../shared/submissions/submission-history.component';
import { type HandIn, SubmissionFormComponent } from './submission-form.component';
import { handInErrorFor, mayHandIn, newestFirst, standing } from './submission-rules';

@Component({
  selector: 'kl-assignment-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    RenderedTextComponent,
    UntranslatedLabelComponent,
    SubmissionFormComponent,
    SubmissionHistoryComponent,
  ],
  templateUrl: './assignment.page.html',
  styleUrl: './assignment.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentPage {
  /** From the route. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  private readonly form = viewChild(SubmissionFormComponent);
  protected readonly locale = inject(I18nService).locale;

  protected readonly assignment = signal<Assignment | null>(null);
  protected readonly programme = signal<ProgrammeDetail | null>(null);
  protected readonly submissions = signal<readonly Submission[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly sending = signal(false);
  protected readonly sendError = signal<ErrorMessage | null>(null);
  protected readonly status = signal<ErrorMessage | null>(null);
  protected readonly downloading = signal<string | null>(null);

  protected readonly isLearner = computed(() => this.auth.user()?.role === 'learner');
  protected readonly otherLanguage = computed(() => otherLocale(this.locale()));
  protected readonly title = computed(() => {
    const assignment = this.assignment();
    return assignment ? shownText(assignment.title, this.locale()) : null;
  });
  protected readonly fallback = computed(() => {
    const assignment = this.assignment();
    return assignment ? anyFallback(this.locale(), assignment.title, assignment.instructions) : false;
  });
  protected readonly module = computed(() => {
    const assignment = this.assignment();
    return this.programme()?.modules.find((module) => module.id === assignment?.moduleId) ?? null;
  });
  protected readonly moduleTitle = computed(() => {
    const module = this.module();
    return module ? shownText(module.title, this.locale()) : null;
  });
  protected readonly history = computed(() => newestFirst(this.submissions() ?? []));
  protected readonly standing = computed(() => standing(this.submissions() ?? []));
  protected readonly mayHandIn = computed(() => mayHandIn(this.standing()));
  protected readonly overdue = computed(() => {
    const due = this.assignment()?.dueAt;
    return due ? new Date(due).getTime() < Date.now() : false;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    // A review of one of these submissions arrives live: show its verdict and feedback at once.
    const stop = inject(LiveSocketService).on('notification:new', ({ notification }) => {
      const shown = this.submissions() ?? [];
      if (shown.some((submission) => notification.link === `/submissions/${submission.id}`)) {
        this.status.set(null);
        void this.load();
      }
    });
    inject(DestroyRef).onDestroy(stop);
  }

  protected async load(id = this.id()): Promise<void> {
    this.loadError.set(null);
    try {
      const [assignment, page] = await Promise.all([this.api.assignment(id), this.api.submissions(id)]);
      if (id !== this.id()) return;
      this.assignment.set(assignment);
      this.submissions.set(page.items);
      // The programme tells whether the learner is enrolled, and names the module; the page works without it.
      this.programme.set(await this.api.programme(assignment.programmeId).catch(() => null));
    } catch (error) {
      if (id === this.id()) this.loadError.set(errorMessageFor(error));
    }
  }

  protected async handIn({ body, file }: HandIn): Promise<void> {
    const assignment = this.assignment();
    if (!assignment || this.sending()) return;
    this.sending.set(true);
    this.sendError.set(null);
    this.status.set(null);
    try {
      const submission = await this.api.submit(assignment.id, body, file);
      this.submissions.update((list) => [...(list ?? []), submission]);
      this.form()?.reset();
      this.status.set({ key: 'assignment.handedIn' });
    } catch (error) {
      this.sendError.set(handInErrorFor(error));
    } finally {
      this.sending.set(false);
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
