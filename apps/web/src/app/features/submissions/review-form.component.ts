/** The verdict ("passed" or "needs revision") and feedback, required for a revision. Presentational. */
import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { REVIEW_FEEDBACK_MAX_LENGTH, type ReviewSubmissionRequest, type ReviewVerdict } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';

@Component({
  selector: 'kl-review-form',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <form class="form" novalidate data-testid="review-form" (ngSubmit)="submit()">
      <kl-form-error [message]="error()" />
      <fieldset class="verdicts">
        <legend id="verdict-legend">{{ 'review.verdict' | t }}</legend>
        <mat-radio-group
          name="verdict"
          aria-labelledby="verdict-legend"
          [ngModel]="verdict()"
          (ngModelChange)="choose($event)"
        >
          <mat-radio-button value="passed" data-testid="verdict-passed">{{ 'review.passed' | t }}</mat-radio-button>
          <mat-radio-button value="revise" data-testid="verdict-revise">{{ 'review.revise' | t }}</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'review.feedback' | t }}</mat-label>
        <textarea
          #feedbackInput
          matInput
          name="feedback"
          rows="6"
          data-testid="review-feedback-input"
          [maxlength]="maxLength"
          [required]="verdict() === 'revise'"
          [ngModel]="feedback()"
          (ngModelChange)="write($event)"
        ></textarea>
        <mat-hint>{{ (verdict() === 'revise' ? 'review.feedbackNeeded' : 'review.feedbackHint') | t }}</mat-hint>
      </mat-form-field>
      <div aria-live="assertive">
        @if (problem(); as key) {
          <p class="problem" data-testid="review-problem">{{ key | t }}</p>
        }
      </div>
      <button mat-flat-button type="submit" class="submit" data-testid="review-submit" disabledInteractive [disabled]="submitting()">
        {{ (submitting() ? 'review.sending' : 'review.submit') | t }}
      </button>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .verdicts {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      font: var(--mat-sys-title-small);
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
    }
    .problem {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .submit {
      align-self: flex-start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewFormComponent {
  private readonly feedbackInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('feedbackInput');

  readonly submitting = input(false);
  readonly error = input<string | null>(null);
  readonly review = output<ReviewSubmissionRequest>();

  protected readonly maxLength = REVIEW_FEEDBACK_MAX_LENGTH;
  protected readonly verdict = signal<ReviewVerdict | null>(null);
  protected readonly feedback = signal('');
  protected readonly problem = signal<'review.chooseVerdict' | 'review.feedbackRequired' | null>(null);

  protected choose(value: unknown): void {
    if (value === 'passed' || value === 'revise') this.verdict.set(value);
    this.problem.set(null);
  }

  protected write(text: string): void {
    this.feedback.set(text);
    if (this.problem() === 'review.feedbackRequired' && text.trim() !== '') this.problem.set(null);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const verdict = this.verdict();
    const feedback = this.feedback().trim();
    if (verdict === null) {
      this.problem.set('review.chooseVerdict');
      return;
    }
    if (verdict === 'revise' && feedback === '') {
      this.problem.set('review.feedbackRequired');
      this.feedbackInput().nativeElement.focus();
      return;
    }
    this.problem.set(null);
    this.review.emit({ verdict, feedback });
  }
}
