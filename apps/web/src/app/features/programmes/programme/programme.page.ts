/**
 * `/programmes/:id`: one programme with its modules in order, progress and
 * done marks for an enrolled learner, enrol / leave, and for those who
 * teach it the items still to translate and a form to add a module.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CreateModuleRequest, ProgrammeDetail } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { anyFallback, missingTranslations, otherLocale, shownText } from '../../../core/content/localized-content';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { MissingTranslationsComponent } from '../../../shared/content/missing-translations.component';
import { ProgressSummaryComponent } from '../../../shared/content/progress-summary.component';
import { RenderedTextComponent } from '../../../shared/content/rendered-text.component';
import { UntranslatedLabelComponent } from '../../../shared/content/untranslated-label.component';
import { ModuleFormComponent } from '../forms/module-form.component';
import { ModuleListComponent } from './module-list.component';

@Component({
  selector: 'kl-programme-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    MissingTranslationsComponent,
    ProgressSummaryComponent,
    RenderedTextComponent,
    UntranslatedLabelComponent,
    ModuleFormComponent,
    ModuleListComponent,
  ],
  templateUrl: './programme.page.html',
  styleUrl: './programme.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammePage {
  /** From the route. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly moduleForm = viewChild(ModuleFormComponent);
  protected readonly locale = inject(I18nService).locale;

  protected readonly programme = signal<ProgrammeDetail | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<ErrorMessage | null>(null);
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly addError = signal<ErrorMessage | null>(null);

  protected readonly isLearner = computed(() => this.auth.user()?.role === 'learner');
  protected readonly title = computed(() => {
    const programme = this.programme();
    return programme ? shownText(programme.title, this.locale()) : null;
  });
  protected readonly fallback = computed(() => {
    const programme = this.programme();
    return programme ? anyFallback(this.locale(), programme.title, programme.description) : false;
  });
  protected readonly otherLanguage = computed(() => otherLocale(this.locale()));
  protected readonly missing = computed(() => {
    const programme = this.programme();
    return programme?.canEdit ? missingTranslations(programme, this.locale()) : [];
  });
  protected readonly lecturers = computed(() =>
    (this.programme()?.lecturers ?? []).map((lecturer) => lecturer.displayName).join(', '),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
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

  protected async setEnrolment(enrolled: boolean): Promise<void> {
    const programme = this.programme();
    if (!programme || this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    try {
      const answer = await this.api.setEnrolment(programme.id, enrolled);
      this.status.set({
        key: answer.enrolled ? 'programmes.enrolled' : 'programmes.left',
        params: { title: shownText(programme.title, this.locale()).plain },
      });
      await this.load(programme.id);
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addModule(request: CreateModuleRequest): Promise<void> {
    const programme = this.programme();
    if (!programme) return;
    this.saving.set(true);
    this.addError.set(null);
    try {
      await this.api.addModule(programme.id, request);
      this.moduleForm()?.reset();
      this.adding.set(false);
      this.status.set({ key: 'programmes.addModule.added' });
      await this.load(programme.id);
    } catch (error) {
      this.addError.set(errorMessageFor(error));
    } finally {
      this.saving.set(false);
    }
  }
}
