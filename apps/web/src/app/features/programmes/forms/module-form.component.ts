/**
 * A new module: title, an optional short description and the material
 * (Markdown), each in Lithuanian and English; one language may wait for its
 * translation, and the form says which.
 */
import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_TEXT_MAX_LENGTH, CONTENT_TITLE_MAX_LENGTH, type CreateModuleRequest } from '@klasteris/contracts';

import { missingInInput, toLocalizedInput } from '../../../core/content/localized-content';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { focusFirstInvalid } from '../../auth/focus-first-invalid';
import { oneLanguageRequired } from './bilingual';
import { TranslationStatusComponent } from './translation-status.component';

@Component({
  selector: 'kl-module-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    FormErrorComponent,
    TranslationStatusComponent,
  ],
  templateUrl: './module-form.component.html',
  styleUrl: './content-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleFormComponent {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly builder = inject(NonNullableFormBuilder);

  readonly submitting = input(false);
  readonly error = input<string | null>(null);
  readonly create = output<CreateModuleRequest>();
  readonly dismiss = output();

  protected readonly titleMax = CONTENT_TITLE_MAX_LENGTH;
  protected readonly form = this.builder.group({
    title: this.builder.group(
      {
        lt: ['', Validators.maxLength(CONTENT_TITLE_MAX_LENGTH)],
        en: ['', Validators.maxLength(CONTENT_TITLE_MAX_LENGTH)],
      },
      { validators: oneLanguageRequired('lt', 'en') },
    ),
    description: this.builder.group({
      lt: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
      en: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
    }),
    body: this.builder.group(
      {
        lt: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
        en: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
      },
      { validators: oneLanguageRequired('lt', 'en') },
    ),
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement().nativeElement);
      return;
    }
    const { title, description, body } = this.form.getRawValue();
    const request: CreateModuleRequest = { title: toLocalizedInput(title), body: toLocalizedInput(body) };
    if (missingInInput(description) !== 'both') request.description = toLocalizedInput(description);
    this.create.emit(request);
  }

  /** After a successful save, ready for the next module. */
  reset(): void {
    this.form.reset();
  }
}
