/**
 * How many days hidden and deleted content keeps its text, and what the
 * last purge did.
 */
import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { RetentionSettings } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';

/** As the API allows. */
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

@Component({
  selector: 'kl-retention-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalDateTimePipe,
    FormErrorComponent,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="retention-form">
      <kl-form-error [message]="error()" />
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'adminModeration.retentionDays' | t }}</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          required
          formControlName="days"
          data-testid="retention-days"
          [min]="min"
          [max]="max"
          step="1"
        />
        <mat-hint>{{ 'adminModeration.retentionHint' | t: { min, max } }}</mat-hint>
        @if (form.controls.days.invalid) {
          <mat-error>{{ 'adminModeration.retentionInvalid' | t: { min, max } }}</mat-error>
        }
      </mat-form-field>
      <p class="last" data-testid="retention-last-run">
        @if (settings().lastRun; as run) {
          {{
            'adminModeration.lastRun'
              | t: { time: (run.at | localDateTime), messages: run.messagesPurged, questions: run.questionsPurged }
          }}
        } @else {
          {{ 'adminModeration.neverRun' | t }}
        }
      </p>
      <div>
        <button mat-flat-button type="submit" data-testid="retention-save" disabledInteractive [disabled]="saving()">
          {{ (saving() ? 'adminModeration.saving' : 'adminModeration.save') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      max-width: 28rem;
    }
    .last {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionFormComponent {
  readonly settings = input.required<RetentionSettings>();
  readonly saving = input(false);
  readonly error = input<string | null>(null);
  readonly save = output<number>();

  protected readonly min = RETENTION_DAYS_MIN;
  protected readonly max = RETENTION_DAYS_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    days: [
      30,
      [
        Validators.required,
        Validators.min(RETENTION_DAYS_MIN),
        Validators.max(RETENTION_DAYS_MAX),
        Validators.pattern(/^\d+$/),
      ],
    ],
  });

  constructor() {
    effect(() => this.form.reset({ days: this.settings().days }));
  }

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.save.emit(Number(this.form.getRawValue().days));
  }
}
