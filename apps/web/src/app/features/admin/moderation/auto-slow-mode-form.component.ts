/**
 * When slow mode switches on by itself: on or off, the message rate and
 * report count in one room that trigger it, the pause it sets between
 * messages, and how long a room must be calm before it switches off again.
 */
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AutoSlowModeSettings } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { focusFirstInvalid } from '../../auth/focus-first-invalid';

type Threshold = Exclude<keyof AutoSlowModeSettings, 'enabled'>;

const wholeNumber = [Validators.required, Validators.min(1), Validators.pattern(/^\d+$/)];

@Component({
  selector: 'kl-auto-slow-mode-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <form
      class="form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      #formElement
      data-testid="auto-slow-mode-form"
    >
      <kl-form-error [message]="error()" />
      <mat-checkbox formControlName="enabled" data-testid="auto-slow-enabled">{{
        'adminModeration.autoEnabled' | t
      }}</mat-checkbox>
      <div class="fields">
        @for (field of fields; track field.name) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ field.label | t }}</mat-label>
            <input
              matInput
              type="number"
              min="1"
              step="1"
              inputmode="numeric"
              required
              [formControlName]="field.name"
              [attr.data-testid]="'auto-' + field.name"
            />
            <mat-hint>{{ field.hint | t }}</mat-hint>
            @if (form.controls[field.name].invalid) {
              <mat-error>{{ 'adminModeration.wholeNumber' | t }}</mat-error>
            }
          </mat-form-field>
        }
      </div>
      <div>
        <button mat-flat-button type="submit" data-testid="auto-slow-save" disabledInteractive [disabled]="saving()">
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
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0.5rem 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AutoSlowModeFormComponent {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  readonly settings = input.required<AutoSlowModeSettings>();
  readonly saving = input(false);
  readonly error = input<string | null>(null);
  readonly save = output<AutoSlowModeSettings>();

  protected readonly fields: readonly { name: Threshold; label: TranslationKey; hint: TranslationKey }[] = [
    {
      name: 'messagesPerMinute',
      label: 'adminModeration.messagesPerMinute',
      hint: 'adminModeration.messagesPerMinuteHint',
    },
    {
      name: 'reportsPerTenMinutes',
      label: 'adminModeration.reportsPerTenMinutes',
      hint: 'adminModeration.reportsPerTenMinutesHint',
    },
    { name: 'slowModeSeconds', label: 'adminModeration.slowModeSeconds', hint: 'adminModeration.slowModeSecondsHint' },
    { name: 'calmMinutes', label: 'adminModeration.calmMinutes', hint: 'adminModeration.calmMinutesHint' },
  ];
  protected readonly form = inject(NonNullableFormBuilder).group({
    enabled: [false],
    messagesPerMinute: [1, wholeNumber],
    reportsPerTenMinutes: [1, wholeNumber],
    slowModeSeconds: [1, wholeNumber],
    calmMinutes: [1, wholeNumber],
  });

  constructor() {
    effect(() => this.form.reset(this.settings()));
  }

  protected submit(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      enabled: value.enabled,
      messagesPerMinute: Number(value.messagesPerMinute),
      reportsPerTenMinutes: Number(value.reportsPerTenMinutes),
      slowModeSeconds: Number(value.slowModeSeconds),
      calmMinutes: Number(value.calmMinutes),
    });
  }
}
