/**
 * `/consultations`: the live and upcoming consultations open to me, live
 * ones first, each with its state, lecturer, module and time in my zone;
 * past ones on request. Lecturers (and admins) create one here, tied to a
 * module they teach or open to everyone, and land in its presenter view.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Consultation, CreateConsultationRequest } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { plainText } from '../../../core/content/localized-content';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { ConsultationFactsComponent } from '../consultation-facts.component';
import { ConsultationStateComponent } from '../consultation-state.component';
import { type ChoicesState, ConsultationFormComponent, type ModuleChoiceGroup } from './consultation-form.component';
import { listOrder } from './list-order';

@Component({
  selector: 'kl-consultations-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    EmptyStateComponent,
    ConsultationFactsComponent,
    ConsultationStateComponent,
    ConsultationFormComponent,
  ],
  templateUrl: './consultations.page.html',
  styleUrl: './consultations.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationsPage {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly locale = inject(I18nService).locale;

  protected readonly consultations = signal<readonly Consultation[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly past = signal<readonly Consultation[] | null>(null);
  protected readonly pastState = signal<'idle' | 'loading' | 'failed'>('idle');
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<ErrorMessage | null>(null);
  protected readonly moduleChoices = signal<readonly ModuleChoiceGroup[]>([]);
  protected readonly moduleChoicesState = signal<ChoicesState>('loading');

  protected readonly canCreate = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'lecturer' || role === 'admin';
  });
  protected readonly timeZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());
  protected readonly ordered = computed(() => listOrder(this.consultations() ?? []));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const page = await this.api.consultations();
      this.consultations.set(page.items);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    }
  }

  protected async showPast(): Promise<void> {
    if (this.pastState() === 'loading') return;
    this.pastState.set('loading');
    try {
      const page = await this.api.endedConsultations();
      this.past.set(page.items);
      this.pastState.set('idle');
    } catch {
      this.pastState.set('failed');
    }
  }

  protected openForm(): void {
    this.createError.set(null);
    this.formOpen.set(true);
    void this.loadModuleChoices();
  }

  protected async create(request: CreateConsultationRequest): Promise<void> {
    this.saving.set(true);
    this.createError.set(null);
    try {
      const consultation = await this.api.createConsultation(request);
      await this.router.navigate(['/consultations', consultation.id, 'present']);
    } catch (error) {
      this.createError.set(errorMessageFor(error));
    } finally {
      this.saving.set(false);
    }
  }

  /** The modules of the programmes I teach (all of them for an admin), grouped by programme. */
  private async loadModuleChoices(): Promise<void> {
    if (this.moduleChoicesState() === 'ready') return;
    this.moduleChoicesState.set('loading');
    try {
      const programmes = (await this.api.programmes()).items.filter((programme) => programme.canEdit);
      const details = await Promise.all(programmes.map((programme) => this.api.programme(programme.id)));
      const locale = this.locale();
      this.moduleChoices.set(
        details
          .filter((detail) => detail.modules.length > 0)
          .map((detail) => ({
            programme: plainText(detail.title, locale),
            modules: [...detail.modules]
              .sort((a, b) => a.position - b.position)
              .map((module) => ({ id: module.id, title: plainText(module.title, locale) })),
          })),
      );
      this.moduleChoicesState.set('ready');
    } catch {
      this.moduleChoicesState.set('failed');
    }
  }
}
