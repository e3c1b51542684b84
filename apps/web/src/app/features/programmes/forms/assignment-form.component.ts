/**
 * A new assignment on a module: title and instructions (Markdown), each in
 * Lithuanian and English (one may wait for its translation, and the form
 * says which), and an optional due time typed in the lecturer's own time
 * zone. The fields the server refused are marked until they are changed.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_TEXT_MAX_LENGTH, CONTENT_TITLE_MAX_LENGTH, type CreateAssignmentRequest } from '@klasteris/contracts';

import { toLocalizedInput } from '../../../core/content/localized-content';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { oneLanguageRequired } from './bilingual';
import { instantFromLocalInput } from '../../../core/i18n/local-input-instant';
import { TranslationStatusComponent } from './translation-status.component';

/** The request's fields, as the server names them in a refusal's `details`. */
export const ASSIGNMENT_FIELDS = ['title', 'instructions', 'dueAt'] as const;
export type AssignmentField = (typeof ASSIGNMENT_FIELDS)[number];

/** Empty (no due time) or a real date and time; the zone does not change which texts are real. */
function dueAtReadable(control: AbstractControl<string>): ValidationErrors | null {
  return control.value === '' || instantFromLocalInput(control.value, 'UTC') !== null ? null : { dueAt: true };
}

/** The first field to fix, bilingual pairs included (their fieldset carries the error). */
const FIRST_INVALID = 'fieldset.ng-invalid input, fieldset.ng-invalid textarea, input.ng-invalid, textarea.ng-invalid';

@Component({
  selector: 'kl-assignment-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    FormErrorComponent,
    TranslationStatusComponent,
  ],
  templateUrl: './assignment-form.component.html',
  styleUrls: ['./content-form.scss', './assignment-form.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentFormComponent {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly builder = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);

  readonly submitting = input(false);
  /** The server's refusal, translated. */
  readonly error = input<string | null>(null);
  /** The fields the server refused (see refused-fields.ts). */
  readonly refused = input<readonly AssignmentField[]>([]);
  /** The lecturer's time zone: the due time is typed and shown in it. */
  readonly timeZone = input.required<string>();
  readonly create = output<CreateAssignmentRequest>();
  readonly dismiss = output();

  protected readonly titleMax = CONTENT_TITLE_MAX_LENGTH;
  protected readonly textMax = CONTENT_TEXT_MAX_LENGTH;
  protected readonly form = this.builder.group({
    title: this.builder.group(
      {
        lt: ['', Validators.maxLength(CONTENT_TITLE_MAX_LENGTH)],
        en: ['', Validators.maxLength(CONTENT_TITLE_MAX_LENGTH)],
      },
      { validators: oneLanguageRequired('lt', 'en') },
    ),
    instructions: this.builder.group(
      {
        lt: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
        en: ['', Validators.maxLength(CONTENT_TEXT_MAX_LENGTH)],
      },
      { validators: oneLanguageRequired('lt', 'en') },
    ),
    dueAt: ['', dueAtReadable],
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  constructor() {
    // Opened on request: the first field takes the keyboard focus.
    afterNextRender(() => this.formElement().nativeElement.querySelector<HTMLElement>('input')?.focus());
    // A refusal marks its fields; validation runs again (and the mark goes) when the field changes.
    effect(() => {
      const fields = this.refused();
      if (fields.length === 0) return;
      untracked(() => {
        for (const field of fields) {
          const control = this.form.controls[field];
          control.setErrors({ ...control.errors, refused: true });
          control.markAllAsTouched();
        }
        afterNextRender(() => this.focusFirstInvalid(), { injector: this.injector });
      });
    });
  }

  protected refusedHere(field: AssignmentField): boolean {
    return this.form.controls[field].hasError('refused');
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { title, instructions, dueAt } = this.form.getRawValue();
    const request: CreateAssignmentRequest = {
      title: toLocalizedInput(title),
      instructions: toLocalizedInput(instructions),
    };
    const instant = dueAt === '' ? null : instantFromLocalInput(dueAt, this.timeZone());
    if (instant !== null) request.dueAt = instant;
    this.create.emit(request);
  }

  /** After a successful save, ready for the next assignment. */
  reset(): void {
    this.form.reset();
  }

  private focusFirstInvalid(): void {
    this.formElement().nativeElement.querySelector<HTMLElement>(FIRST_INVALID)?.focus();
  }
}
