/**
 * Hand in: text and an optional file. The file is checked here for size and
 * type before anything is sent (the server checks the content again and its
 * refusal is shown too). Presentational: emits what to send.
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SUBMISSION_BODY_MAX_LENGTH } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey, TranslationParams } from '../../core/i18n/translation-key';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import {
  ACCEPTED_FILE_NAMES,
  ACCEPTED_FILES,
  fileProblem,
  type HandInProblem,
  handInProblem,
  MAX_FILE_MEGABYTES,
} from './submission-rules';

export interface HandIn {
  body: string;
  file: File | null;
}

const PROBLEM_KEYS: Readonly<Record<HandInProblem, TranslationKey>> = {
  bodyEmpty: 'assignment.problems.bodyEmpty',
  bodyTooLong: 'assignment.problems.bodyTooLong',
  empty: 'assignment.problems.fileEmpty',
  tooLarge: 'assignment.problems.tooLarge',
  wrongType: 'assignment.problems.wrongType',
};

@Component({
  selector: 'kl-submission-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FormErrorComponent],
  templateUrl: './submission-form.component.html',
  styleUrl: './submission-form.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionFormComponent {
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private readonly bodyInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('bodyInput');

  readonly submitting = input(false);
  /** The server's refusal, translated. */
  readonly error = input<string | null>(null);
  /** After "revise": the button says "Hand in again". */
  readonly again = input(false);

  readonly handIn = output<HandIn>();

  protected readonly accept = ACCEPTED_FILES;
  protected readonly hintParams = { types: ACCEPTED_FILE_NAMES, max: MAX_FILE_MEGABYTES };
  protected readonly maxLength = SUBMISSION_BODY_MAX_LENGTH;
  protected readonly body = signal('');
  protected readonly file = signal<File | null>(null);
  protected readonly problem = signal<HandInProblem | null>(null);
  protected readonly problemText = computed((): { key: TranslationKey; params: TranslationParams } | null => {
    const problem = this.problem();
    return problem === null ? null : { key: PROBLEM_KEYS[problem], params: this.hintParams };
  });

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.item(0) ?? null;
    this.problem.set(chosen === null ? null : fileProblem(chosen));
    if (chosen !== null && this.problem() !== null) {
      // A refused file is not kept, so it cannot be sent by accident.
      input.value = '';
      this.file.set(null);
      return;
    }
    this.file.set(chosen);
  }

  protected removeFile(): void {
    this.file.set(null);
    this.fileInput().nativeElement.value = '';
    this.problem.set(null);
    this.fileInput().nativeElement.focus();
  }

  protected submit(): void {
    if (this.submitting()) return;
    const problem = handInProblem(this.body(), this.file());
    this.problem.set(problem);
    if (problem !== null) {
      (problem.startsWith('body') ? this.bodyInput() : this.fileInput()).nativeElement.focus();
      return;
    }
    this.handIn.emit({ body: this.body().trim(), file: this.file() });
  }

  /** After a successful hand-in. */
  reset(): void {
    this.body.set('');
    this.removeFile();
  }
}
