/**
 * `/programmes/:id/modules/:moduleId`: the module reader. The material is
 * the server's sanitised HTML in the reader's language, labelled when it is
 * the other language's; an enrolled learner marks it done or not done; its
 * assignments are listed; those who teach it see what still lacks a
 * translation and may add an assignment, which joins the list at once.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CreateAssignmentRequest, ProgrammeDetail, RenderedText } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import {
  anyFallback,
  missingTranslations,
  otherLocale,
  type ShownText,
  shownText,
} from '../../../core/content/localized-content';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { MissingTranslationsComponent } from '../../../shared/content/missing-translations.component';
import { ProgressSummaryComponent } from '../../../shared/content/progress-summary.component';
import { RenderedTextComponent } from '../../../shared/content/rendered-text.component';
import { UntranslatedLabelComponent } from '../../../shared/content/untranslated-label.component';
import { ASSIGNMENT_FIELDS, type AssignmentField, AssignmentFormComponent } from '../forms/assignment-form.component';
import { refusedFields } from '../forms/refused-fields';
import { neighbours } from '../module-order';

@Component({
  selector: 'kl-module-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    MissingTranslationsComponent,
    ProgressSummaryComponent,
    RenderedTextComponent,
    UntranslatedLabelComponent,
    AssignmentFormComponent,
  ],
  templateUrl: './module.page.html',
  styleUrl: './module.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModulePage {
  /** From the route. */
  readonly id = input.required<string>();
  readonly moduleId = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  private readonly assignmentForm = viewChild(AssignmentFormComponent);
  private readonly addAssignmentButton = viewChild<ElementRef<HTMLButtonElement>>('addAssignmentButton');
  protected readonly locale = inject(I18nService).locale;

  protected readonly programme = signal<ProgrammeDetail | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<ErrorMessage | null>(null);
  protected readonly addingAssignment = signal(false);
  protected readonly savingAssignment = signal(false);
  protected readonly assignmentError = signal<ErrorMessage | null>(null);
  protected readonly refusedAssignmentFields = signal<readonly AssignmentField[]>([]);

  protected readonly otherLanguage = computed(() => otherLocale(this.locale()));
  protected readonly isLearner = computed(() => this.auth.user()?.role === 'learner');
  /** Due times are typed and shown in the person's own zone (see LocalDateTimePipe). */
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());
  protected readonly module = computed(
    () => this.programme()?.modules.find((module) => module.id === this.moduleId()) ?? null,
  );
  protected readonly programmeTitle = computed(() => {
    const programme = this.programme();
    return programme ? shownText(programme.title, this.locale()) : null;
  });
  protected readonly title = computed(() => {
    const module = this.module();
    return module ? shownText(module.title, this.locale()) : null;
  });
  protected readonly fallback = computed(() => {
    const module = this.module();
    return module ? anyFallback(this.locale(), module.title, module.description, module.body) : false;
  });
  protected readonly around = computed(() => neighbours(this.programme()?.modules ?? [], this.moduleId()));
  protected readonly missing = computed(() => {
    const programme = this.programme();
    const module = this.module();
    if (!programme?.canEdit || !module) return [];
    const assignmentIds = new Set(module.assignments.map((assignment) => assignment.id));
    return missingTranslations(programme, this.locale()).filter(
      (item) => item.id === module.id || assignmentIds.has(item.id),
    );
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected assignmentTitle(text: RenderedText): ShownText {
    return shownText(text, this.locale());
  }

  protected async load(id = this.id()): Promise<void> {
    this.loadError.set(null);
    try {
      const programme = await this.api.programme(id);
      if (id === this.id()) this.programme.set(programme);
    } catch (error) {
      if (id === this.id()) this.loadError.set(errorMessageFor(error));
    }
  }

  protected async setCompleted(completed: boolean): Promise<void> {
    const module = this.module();
    if (!module || this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      const answer = await this.api.setModuleCompleted(module.id, completed);
      this.programme.update((programme) =>
        programme
          ? {
              ...programme,
              progress: answer.progress,
              modules: programme.modules.map((item) =>
                item.id === answer.moduleId ? { ...item, completed: answer.completed } : item,
              ),
            }
          : programme,
      );
      this.status.set({ key: answer.completed ? 'module.markedDone' : 'module.markedNotDone' });
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The form goes away: keyboard focus returns to the button that opened it. */
  protected closeAssignmentForm(): void {
    this.addingAssignment.set(false);
    afterNextRender(() => this.addAssignmentButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async addAssignment(request: CreateAssignmentRequest): Promise<void> {
    const module = this.module();
    if (!module || this.savingAssignment()) return;
    this.savingAssignment.set(true);
    this.assignmentError.set(null);
    this.refusedAssignmentFields.set([]);
    try {
      const assignment = await this.api.createAssignment(module.id, request);
      this.programme.update((programme) =>
        programme
          ? {
              ...programme,
              modules: programme.modules.map((item) =>
                item.id === assignment.moduleId && !item.assignments.some((known) => known.id === assignment.id)
                  ? { ...item, assignments: [...item.assignments, assignment] }
                  : item,
              ),
            }
          : programme,
      );
      this.assignmentForm()?.reset();
      this.closeAssignmentForm();
      this.status.set({
        key: 'module.addAssignment.added',
        params: { title: shownText(assignment.title, this.locale()).plain },
      });
    } catch (error) {
      this.assignmentError.set(errorMessageFor(error));
      this.refusedAssignmentFields.set(refusedFields(error, ASSIGNMENT_FIELDS));
    } finally {
      this.savingAssignment.set(false);
    }
  }
}
