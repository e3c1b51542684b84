/**
 * `/programmes`: the bilingual catalogue. Learners enrol in one or several
 * programmes and leave them; lecturers and admins create new ones. The page
 * fetches and keeps the list; cards and the form only render.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import type { CreateProgrammeRequest, Programme } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { plainText } from '../../../core/content/localized-content';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey, TranslationParams } from '../../../core/i18n/translation-key';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { ProgrammeFormComponent } from '../forms/programme-form.component';
import { ProgrammeCardComponent } from './programme-card.component';

interface StatusLine {
  key: TranslationKey;
  params?: TranslationParams;
}

@Component({
  selector: 'kl-catalogue-page',
  imports: [MatButtonModule, TranslatePipe, EmptyStateComponent, ProgrammeCardComponent, ProgrammeFormComponent],
  templateUrl: './catalogue.page.html',
  styleUrl: './catalogue.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly locale = inject(I18nService).locale;

  protected readonly programmes = signal<readonly Programme[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly status = signal<StatusLine | null>(null);
  protected readonly creating = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<ErrorMessage | null>(null);

  protected readonly isLearner = computed(() => this.auth.user()?.role === 'learner');
  protected readonly canCreate = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'lecturer' || role === 'admin';
  });
  protected readonly sorted = computed(() => [...(this.programmes() ?? [])].sort((a, b) => a.position - b.position));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.programmes.set((await this.api.programmes()).items);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    }
  }

  protected async setEnrolment(programme: Programme, enrolled: boolean): Promise<void> {
    if (this.busyId() !== null) return;
    this.busyId.set(programme.id);
    this.status.set(null);
    const title = plainText(programme.title, this.locale());
    try {
      const answer = await this.api.setEnrolment(programme.id, enrolled);
      this.programmes.update(
        (list) =>
          list?.map((item) =>
            item.id === answer.programmeId ? { ...item, enrolled: answer.enrolled, progress: answer.progress } : item,
          ) ?? null,
      );
      this.status.set({ key: answer.enrolled ? 'programmes.enrolled' : 'programmes.left', params: { title } });
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.busyId.set(null);
    }
  }

  protected async create(request: CreateProgrammeRequest): Promise<void> {
    this.saving.set(true);
    this.createError.set(null);
    try {
      const created = await this.api.createProgramme(request);
      await this.router.navigate(['/programmes', created.id]);
    } catch (error) {
      this.createError.set(errorMessageFor(error));
    } finally {
      this.saving.set(false);
    }
  }
}
