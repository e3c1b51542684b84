/**
 * One question as a presenter sees it: votes, who asked (the name even when
 * anonymous to peers, marked so), the text and the answer, and what can be
 * done with it in its state: approve or dismiss a pending one; answer, mark
 * answered, pin or dismiss an open one; edit the answer of, reopen or pin an
 * answered one; restore a dismissed one. `large` is the shared-screen size.
 * Presentational: the answer's draft is kept here, everything else emitted.
 */
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MESSAGE_BODY_MAX_LENGTH, type Question, type QuestionStatus } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { OrganisationBadgeComponent } from '../../../shared/live-room/organisation-badge.component';

export type PresenterChange = { status: QuestionStatus } | { pinned: boolean };

/** A button under the question: what it says, and what pressing it does. */
interface QuestionAction {
  testId: string;
  label: TranslationKey;
  /** The suggested next step, drawn filled. */
  strong?: boolean;
  /** A toggle's state (aria-pressed); plain buttons have none. */
  pressed?: boolean;
  /** The change it asks for, or opening the answer box. */
  does: PresenterChange | 'openAnswer';
}

const LABEL_TEXT_MAX = 80;

@Component({
  selector: 'kl-presenter-question',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalDateTimePipe,
    FormErrorComponent,
    OrganisationBadgeComponent,
  ],
  templateUrl: './presenter-question.component.html',
  styleUrl: './presenter-question.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresenterQuestionComponent {
  readonly question = input.required<Question>();
  /** The shared-screen size. */
  readonly large = input(false);
  /** Nothing can be changed now (offline). */
  readonly disabled = input(false);
  /** A change to it is on its way: another waits (aria-disabled, so the pressed button keeps the focus). */
  readonly busy = input(false);
  readonly answerOpen = input(false);
  readonly answerSending = input(false);
  /** Why the answer was not published, translated. */
  readonly answerError = input<string | null>(null);

  readonly act = output<PresenterChange>();
  readonly openAnswer = output();
  readonly closeAnswer = output();
  readonly answer = output<string>();

  protected readonly max = MESSAGE_BODY_MAX_LENGTH;
  protected readonly draft = signal('');
  protected readonly bodyId = computed(() => `${this.large() ? 'screen' : 'list'}-question-${this.question().id}`);
  protected readonly shortText = computed(() => {
    const flat = this.question().body.replace(/\s+/g, ' ').trim();
    return flat.length <= LABEL_TEXT_MAX ? flat : `${flat.slice(0, LABEL_TEXT_MAX - 1)}…`;
  });
  protected readonly draftValid = computed(() => {
    const length = this.draft().trim().length;
    return length > 0 && length <= this.max;
  });
  protected readonly actions = computed(() => actionsFor(this.question(), this.answerOpen()));
  private readonly answerField = viewChild<ElementRef<HTMLTextAreaElement>>('answerField');
  private focusedField: HTMLTextAreaElement | null = null;

  constructor() {
    // Opening the answer box puts the cursor in it, once.
    afterRenderEffect(() => {
      const field = this.answerField()?.nativeElement ?? null;
      if (field !== null && field !== this.focusedField) field.focus();
      this.focusedField = field;
    });
  }

  protected press(action: QuestionAction): void {
    if (this.busy()) return;
    if (action.does === 'openAnswer') {
      this.draft.set(this.question().answer ?? '');
      this.openAnswer.emit();
    } else {
      this.act.emit(action.does);
    }
  }

  protected onDraftInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
  }

  protected onDraftKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.closeAnswer.emit();
      return;
    }
    if (event.key === 'Enter' && !event.isComposing && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.submitAnswer();
    }
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitAnswer();
  }

  private submitAnswer(): void {
    if (!this.draftValid() || this.answerSending() || this.disabled() || this.busy()) return;
    this.answer.emit(this.draft());
  }
}

/** The actions a question offers in its state, in their tab order. */
function actionsFor(question: Question, answerOpen: boolean): QuestionAction[] {
  // While the answer box is open, it stands in for the answer button.
  const answerButton = (action: Pick<QuestionAction, 'label' | 'strong'>): QuestionAction[] =>
    answerOpen ? [] : [{ testId: 'answer', does: 'openAnswer', ...action }];
  const pin: QuestionAction = {
    testId: 'pin',
    label: question.pinned ? 'consultations.present.unpin' : 'consultations.present.pin',
    pressed: question.pinned,
    does: { pinned: !question.pinned },
  };
  const dismiss: QuestionAction = {
    testId: 'dismiss',
    label: 'consultations.present.dismiss',
    does: { status: 'dismissed' },
  };
  switch (question.status) {
    case 'pending':
      return [
        { testId: 'approve', label: 'consultations.present.approve', strong: true, does: { status: 'open' } },
        dismiss,
      ];
    case 'open':
      return [
        ...answerButton({ label: 'consultations.present.answer', strong: true }),
        { testId: 'mark-answered', label: 'consultations.present.markAnswered', does: { status: 'answered' } },
        pin,
        dismiss,
      ];
    case 'answered':
      return [
        ...answerButton({
          label: question.answer === null ? 'consultations.present.answer' : 'consultations.present.editAnswer',
        }),
        { testId: 'reopen', label: 'consultations.present.reopen', does: { status: 'open' } },
        pin,
      ];
    case 'dismissed':
      return [{ testId: 'restore', label: 'consultations.present.restore', does: { status: 'open' } }];
  }
}
