/**
 * A new consultation: a title, optionally one of the modules the lecturer
 * teaches (which limits it to that module's people), optionally a start
 * time typed in the lecturer's own time zone (empty: live at once), and
 * whether questions are shown at once or after approval.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
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
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  CONTENT_TITLE_MAX_LENGTH,
  type ConsultationModeration,
  type CreateConsultationRequest,
  type Uuid,
} from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
// The same reading of a datetime-local value in the person's zone as an assignment's due time.
import { instantFromLocalInput } from '../../../core/i18n/local-input-instant';

/** The modules of one programme the lecturer teaches, as choices. */
export interface ModuleChoiceGroup {
  programme: string;
  modules: { id: Uuid; title: string }[];
}

export type ChoicesState = 'loading' | 'ready' | 'failed';

function startsAtReadable(control: AbstractControl<string>): ValidationErrors | null {
  return control.value === '' || instantFromLocalInput(control.value, 'UTC') !== null ? null : { startsAt: true };
}

@Component({
  selector: 'kl-consultation-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  templateUrl: './consultation-form.component.html',
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      max-width: 40rem;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0;
      padding: 0.5rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      padding: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    .invalid {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationFormComponent {
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly builder = inject(NonNullableFormBuilder);

  readonly submitting = input(false);
  /** The server's refusal, translated. */
  readonly error = input<string | null>(null);
  readonly modules = input<readonly ModuleChoiceGroup[]>([]);
  readonly modulesState = input<ChoicesState>('loading');
  /** The lecturer's time zone: the start time is typed in it. */
  readonly timeZone = input.required<string>();
  readonly create = output<CreateConsultationRequest>();
  readonly dismiss = output();

  protected readonly titleMax = CONTENT_TITLE_MAX_LENGTH;
  protected readonly form = this.builder.group({
    title: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(CONTENT_TITLE_MAX_LENGTH)]],
    moduleId: [''],
    startsAt: ['', startsAtReadable],
    moderation: ['post' as ConsultationModeration],
  });

  constructor() {
    // Opened on request: the first field takes the keyboard focus.
    afterNextRender(() => this.formElement().nativeElement.querySelector<HTMLElement>('input')?.focus());
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formElement().nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
      return;
    }
    const { title, moduleId, startsAt, moderation } = this.form.getRawValue();
    const request: CreateConsultationRequest = { title: title.trim(), moderation };
    if (moduleId !== '') request.moduleId = moduleId;
    const instant = startsAt === '' ? null : instantFromLocalInput(startsAt, this.timeZone());
    if (instant !== null) request.startsAt = instant;
    this.create.emit(request);
  }
}
