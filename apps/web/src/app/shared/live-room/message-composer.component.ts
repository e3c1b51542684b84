/**
 * Writing a message: Enter sends, Shift+Enter starts a new line (and Enter
 * while an input method is composing does neither). A counter appears near
 * the length limit; when the room does not accept messages, the field is
 * disabled and says why. Presentational: it emits what to send.
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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MESSAGE_BODY_MAX_LENGTH, type Message } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The counter shows from this many characters before the limit. */
const COUNTER_FROM = 400;
let nextId = 0;

@Component({
  selector: 'kl-message-composer',
  imports: [TextFieldModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    @if (disabledReason(); as reason) {
      <p class="notice" [id]="reasonId" data-testid="composer-disabled">{{ reason }}</p>
    } @else if (notice(); as text) {
      <p class="notice" [id]="reasonId">{{ text }}</p>
    }
    @if (replyingTo(); as parent) {
      <p class="replying" data-testid="replying-to">
        <span>{{ 'room.composer.replyingTo' | t: { name: parent.author.displayName } }}</span>
        <button type="button" class="link" (click)="cancelReply.emit()">{{ 'room.composer.cancelReply' | t }}</button>
      </p>
    }
    <form class="form" (submit)="submit($event)">
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'room.composer.label' | t }}</mat-label>
        <textarea
          #field
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="1"
          cdkAutosizeMaxRows="6"
          data-testid="composer"
          [value]="text()"
          [disabled]="disabledReason() !== null"
          [attr.aria-describedby]="disabledReason() !== null || notice() !== null ? reasonId : null"
          [attr.aria-invalid]="over() > 0"
          (input)="onInput($event)"
          (keydown.enter)="onEnter($event)"
          (keydown.escape)="onEscape()"
        ></textarea>
        @if (showCounter()) {
          <mat-hint align="end" data-testid="composer-counter" [class.over]="over() > 0">
            {{ 'room.composer.counter' | t: { count: text().length, max: max } }}
          </mat-hint>
        }
        @if (over() > 0) {
          <mat-hint>{{ 'room.composer.tooLong' | t: { over: over() } }}</mat-hint>
        } @else {
          <mat-hint class="keys">{{ 'room.composer.hint' | t }}</mat-hint>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" class="send" disabledInteractive [disabled]="!canSend()">
        {{ 'room.composer.send' | t }}
      </button>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .form {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
    .field {
      flex: 1;
      min-width: 0;
    }
    .send {
      margin-top: 0.5rem;
    }
    .notice,
    .replying {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-body-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .link {
      padding: 0.25rem;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .over {
      color: var(--mat-sys-error);
    }
    @media (max-width: 30rem) {
      .keys {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageComposerComponent {
  /** Why nothing can be sent now (room locked, muted), already translated; null when sending is possible. */
  readonly disabledReason = input<string | null>(null);
  /** Something to know before writing (slow mode, reconnecting), already translated. */
  readonly notice = input<string | null>(null);
  readonly replyingTo = input<Message | null>(null);

  /** The text to send (untrimmed: the receiver trims). */
  readonly send = output<string>();
  readonly typing = output();
  readonly cancelReply = output();

  protected readonly max = MESSAGE_BODY_MAX_LENGTH;
  protected readonly reasonId = `composer-reason-${++nextId}`;
  protected readonly text = signal('');
  protected readonly over = computed(() => this.text().trim().length - this.max);
  protected readonly showCounter = computed(() => this.text().length >= this.max - COUNTER_FROM);
  protected readonly canSend = computed(
    () => this.disabledReason() === null && this.text().trim().length > 0 && this.over() <= 0,
  );
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');

  focus(): void {
    this.field().nativeElement.focus();
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text.set(value);
    if (value.trim() !== '') this.typing.emit();
  }

  protected onEnter(event: Event): void {
    // Enter confirms an input method's composition (Lithuanian or other IMEs): not a send.
    if (event instanceof KeyboardEvent && event.isComposing) return;
    event.preventDefault();
    this.submitText();
  }

  protected onEscape(): void {
    if (this.replyingTo() !== null) this.cancelReply.emit();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitText();
    this.focus();
  }

  private submitText(): void {
    if (!this.canSend()) return;
    this.send.emit(this.text());
    this.text.set('');
    // The bound value is unchanged when it was '' before; clear the element itself too.
    this.field().nativeElement.value = '';
  }
}
