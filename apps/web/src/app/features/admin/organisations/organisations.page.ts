/**
 * `/admin/organisations`: every organisation with its kind and country, and
 * a form to add one. A new organisation is listed at once and is offered
 * in the registration form from then on.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CreateOrganisationRequest, Organisation } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { AdminApi } from '../../../core/api/admin-api';
import { COUNTRY_LABELS, KIND_LABELS } from '../admin-labels';
import { OrganisationFormComponent } from './organisation-form.component';

@Component({
  selector: 'kl-organisations-page',
  imports: [MatButtonModule, TranslatePipe, OrganisationFormComponent],
  template: `
    <section aria-labelledby="organisations-heading" data-testid="admin-organisations">
      <h2 id="organisations-heading">{{ 'adminOrganisations.heading' | t }}</h2>
      @if (loadError(); as problem) {
        <p class="notice" role="alert">
          {{ problem.key | t: problem.params }}
          <button mat-button type="button" (click)="load()">{{ 'common.retry' | t }}</button>
        </p>
      }
      @let list = sorted();
      @if (list === null) {
        @if (!loadError()) {
          <p class="notice" role="status">{{ 'adminOrganisations.loading' | t }}</p>
        }
      } @else {
        <div class="scroll">
          <table class="table" data-testid="organisations-table">
            <caption>
              {{
                'adminOrganisations.caption' | t: { count: list.length }
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'adminOrganisations.name' | t }}</th>
                <th scope="col">{{ 'adminOrganisations.kind' | t }}</th>
                <th scope="col">{{ 'adminOrganisations.country' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (organisation of list; track organisation.id) {
                <tr data-testid="organisation-row">
                  <th scope="row">{{ organisation.name }}</th>
                  <td>{{ kindLabels[organisation.kind] | t }}</td>
                  <td>{{ countryLabels[organisation.country] | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>

    <section class="create" aria-labelledby="new-organisation-heading">
      <h2 id="new-organisation-heading">{{ 'adminOrganisations.newHeading' | t }}</h2>
      <div class="status" role="status" aria-live="polite" data-testid="organisations-status">
        @if (created(); as line) {
          <p>{{ line.key | t: line.params }}</p>
        }
      </div>
      @let refused = failure();
      <kl-organisation-form
        [submitting]="submitting()"
        [error]="refused ? (refused.key | t: refused.params) : null"
        (create)="create($event)"
      />
    </section>
  `,
  styleUrl: '../admin-page.scss',
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    caption {
      text-align: start;
      padding-bottom: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    tbody th {
      font-weight: 500;
    }
    .create {
      margin-top: 2rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationsPage {
  private readonly api = inject(AdminApi);
  private readonly locale = inject(I18nService).locale;
  private readonly form = viewChild(OrganisationFormComponent);

  protected readonly kindLabels = KIND_LABELS;
  protected readonly countryLabels = COUNTRY_LABELS;
  private readonly organisations = signal<readonly Organisation[] | null>(null);
  protected readonly sorted = computed(() => {
    const list = this.organisations();
    const locale = this.locale();
    return list === null ? null : [...list].sort((a, b) => a.name.localeCompare(b.name, locale));
  });
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ErrorMessage | null>(null);
  protected readonly created = signal<ErrorMessage | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.organisations.set((await this.api.organisations()).items);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    }
  }

  protected async create(request: CreateOrganisationRequest): Promise<void> {
    this.submitting.set(true);
    this.failure.set(null);
    this.created.set(null);
    try {
      const organisation = await this.api.createOrganisation(request);
      this.organisations.update((list) => [...(list ?? []), organisation]);
      this.created.set({ key: 'adminOrganisations.created', params: { name: organisation.name } });
      this.form()?.reset();
    } catch (error) {
      this.failure.set(errorMessageFor(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
