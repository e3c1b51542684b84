/**
 * Asking a question: the text (Ctrl+Enter sends, a counter near the limit),
 * "ask anonymously" (hidden from other participants, never from presenters
 * and moderators), what happens next (sent, or waiting for approval) and
 * why it was not sent, with the text kept. Presentational: it emits the
 * question; the page sends it and then calls `clear()` or sets `error`.
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
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MESSAGE_BODY_MAX_LENGTH } from '@klasteris/contracts';

import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';

export interface AskEvent {
  body: string;
  anonymous: boolean;
}

/** The counter shows from this many characters before the limit. */
const COUNTER_FROM = 400;
let nextId = 0;

@Component({
  selector: 'kl-ask-box',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  templateUrl: './ask-box.component.html',
  styleUrl: './ask-box.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AskBoxComponent {
  /** Why nothing can be asked (the consultation ended), translated; null when asking is possible. */
  readonly closedReason = input<string | null>(null);
  /** Something to know before asking (questions are approved first), translated. */
  readonly notice = input<string | null>(null);
  readonly sending = input(false);
  /** Why the last question was not sent, translated. */
  readonly error = input<string | null>(null);
  /** What happened to the last question, translated. */
  readonly status = input<string | null>(null);

  readonly ask = output<AskEvent>();

  protected readonly max = MESSAGE_BODY_MAX_LENGTH;
  protected readonly ids = { notice: `ask-notice-${++nextId}`, anonymous: `ask-anonymous-hint-${nextId}` };
  protected readonly text = signal('');
  protected readonly anonymous = signal(false);
  protected readonly over = computed(() => this.text().trim().length - this.max);
  protected readonly showCounter = computed(() => this.text().length >= this.max - COUNTER_FROM);
  protected readonly canSend = computed(
    () => this.closedReason() === null && !this.sending() && this.text().trim().length > 0 && this.over() <= 0,
  );
  private readonly field = viewChild<ElementRef<HTMLTextAreaElement>>('field');

  /** After the question was stored: ready for the next one (anonymity stays as chosen). */
  clear(): void {
    this.text.set('');
    const field = this.field()?.nativeElement;
    if (field) field.value = '';
  }

  focus(): void {
    this.field()?.nativeElement.focus();
  }

  protected onInput(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    this.send();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.send();
  }

  private send(): void {
    if (!this.canSend()) return;
    this.ask.emit({ body: this.text(), anonymous: this.anonymous() });
  }
}
