/**
 * A new organisation: its name, what kind it is and its country. Checked
 * here first; the page sends it and passes back the server's refusal.
 */
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  COUNTRIES,
  type Country,
  type CreateOrganisationRequest,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { focusFirstInvalid } from '../../auth/focus-first-invalid';
import { COUNTRY_LABELS, KIND_LABELS } from '../admin-labels';

/** As the API allows. */
export const ORGANISATION_NAME_MAX = 200;

@Component({
  selector: 'kl-organisation-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate #formElement data-testid="organisation-form">
      <kl-form-error [message]="error()" />
      <mat-form-field appearance="outline">
        <mat-label>{{ 'adminOrganisations.name' | t }}</mat-label>
        <input matInput formControlName="name" data-testid="organisation-name" [maxlength]="nameMax" required />
        @if (form.controls.name.invalid) {
          <mat-error>{{ 'adminOrganisations.nameRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'adminOrganisations.kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="organisation-kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabels[kind] | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'adminOrganisations.country' | t }}</mat-label>
          <mat-select formControlName="country" data-testid="organisation-country">
            @for (country of countries; track country) {
              <mat-option [value]="country">{{ countryLabels[country] | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <div>
        <button
          mat-flat-button
          type="submit"
          data-testid="organisation-submit"
          disabledInteractive
          [disabled]="submitting()"
        >
          {{ (submitting() ? 'adminOrganisations.creating' : 'adminOrganisations.create') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-width: 40rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row mat-form-field {
      flex: 1 1 12rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFormComponent {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly submitting = input(false);
  /** The server's refusal, translated. */
  readonly error = input<string | null>(null);
  readonly create = output<CreateOrganisationRequest>();

  protected readonly nameMax = ORGANISATION_NAME_MAX;
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly countries = COUNTRIES;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly countryLabels = COUNTRY_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(ORGANISATION_NAME_MAX)]],
    kind: ['municipality' as OrganisationKind],
    country: ['LT' as Country],
  });

  /** After a successful create: empty again, ready for the next. */
  reset(): void {
    this.form.reset();
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    const { name, kind, country } = this.form.getRawValue();
    this.create.emit({ name: name.trim(), kind, country });
  }
}
