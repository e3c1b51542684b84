/**
 * Writing a message: Enter sends, Shift+Enter starts a new line (and Enter
 * while an input method is composing does neither). A counter appears near
 * the length limit; when the room does not accept messages, the field is
 * disabled and says why. A send refused by a moderation rule comes back
 * into the field (see `restore`) with the reason shown above it.
 * Presentational: it emits what to send.
 *
 * With mention candidates (a group's members), typing "@" opens a list of
 * them filtered as one types (diacritics ignored): arrow keys move, Enter or
 * Tab chooses, Escape closes. Choosing inserts "@Display Name", and the send
 * carries the ids of the people still mentioned in the text.
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
import { MESSAGE_BODY_MAX_LENGTH, type Message, type Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import {
  activeMentionQuery,
  filterCandidates,
  insertMention,
  type MentionCandidate,
  mentionedIds,
  type MentionQuery,
} from '../../core/live/room/mentions';
import { OrganisationBadgeComponent } from './organisation-badge.component';

/** What the composer sends: the text as written and the people it mentions. */
export interface ComposedMessage {
  body: string;
  mentions: Uuid[];
}

/** The counter shows from this many characters before the limit. */
const COUNTER_FROM = 400;
let nextId = 0;

@Component({
  selector: 'kl-message-composer',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    OrganisationBadgeComponent,
  ],
  template: `
    @if (disabledReason(); as reason) {
      <p class="notice" [id]="reasonId" data-testid="composer-disabled">{{ reason }}</p>
    } @else if (notice(); as text) {
      <p class="notice" [id]="reasonId">{{ text }}</p>
    }
    @if (refusal(); as refused) {
      <p class="refusal" role="alert" data-testid="composer-refusal">
        <span>{{ refused.key | t: refused.params }}</span>
        <button type="button" class="link" (click)="dismissRefusal.emit()">{{ 'room.dismiss' | t }}</button>
      </p>
    }
    @if (replyingTo(); as parent) {
      <p class="replying" data-testid="replying-to">
        <span>{{ 'room.composer.replyingTo' | t: { name: parent.author.displayName } }}</span>
        <button type="button" class="link" (click)="cancelReply.emit()">{{ 'room.composer.cancelReply' | t }}</button>
      </p>
    }
    @if (suggestions().length > 0) {
      <ul
        class="suggestions"
        role="listbox"
        data-testid="mention-listbox"
        [id]="listboxId"
        [attr.aria-label]="'room.composer.mentionList' | t"
      >
        @for (person of suggestions(); track person.id; let index = $index) {
          <li
            role="option"
            data-testid="mention-option"
            [id]="listboxId + '-' + index"
            [attr.aria-selected]="index === activeIndex()"
            [class.active]="index === activeIndex()"
            tabindex="-1"
            (mousedown)="$event.preventDefault()"
            (click)="choose(person)"
            (keydown.enter)="choose(person)"
          >
            <span class="person">{{ person.displayName }}</span>
            @if (person.organisationName !== undefined) {
              <kl-organisation-badge [name]="person.organisationName" />
            }
          </li>
        }
      </ul>
    }
    <span class="visually-hidden" role="status">{{
      suggestions().length > 0 ? ('room.composer.mentionCount' | t: { count: suggestions().length }) : ''
    }}</span>
    <form class="form" (submit)="submit($event)">
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() ?? ('room.composer.label' | t) }}</mat-label>
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
          [attr.aria-autocomplete]="mentionCandidates().length > 0 ? 'list' : null"
          [attr.aria-controls]="suggestions().length > 0 ? listboxId : null"
          [attr.aria-activedescendant]="suggestions().length > 0 ? listboxId + '-' + activeIndex() : null"
          (input)="onInput($event)"
          (keydown)="onKeydown($event)"
          (keydown.enter)="onEnter($event)"
          (keydown.escape)="onEscape()"
          (click)="updateQuery()"
          (keyup)="onKeyup($event)"
          (blur)="query.set(null)"
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
    .replying,
    .refusal {
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
    .refusal {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
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
    .suggestions {
      margin: 0 0 0.5rem;
      padding: 0.25rem;
      max-height: 14rem;
      overflow-y: auto;
      list-style: none;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-high);
      box-shadow: var(--mat-sys-level2);
    }
    [role='option'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      min-height: 2.25rem;
      padding: 0.25rem 0.5rem;
      border-radius: var(--mat-sys-corner-extra-small);
      cursor: pointer;
      font: var(--mat-sys-body-medium);
    }
    [role='option'].active {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .person {
      font-weight: 600;
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
  /** Why the last send was refused (muted, slow mode, …); its text is put back with `restore`. */
  readonly refusal = input<ErrorMessage | null>(null);
  /** The field's label (translated); "Message" when not given. */
  readonly label = input<string | null>(null);
  /** People who may be @mentioned here (a group's members); none turns mentions off. */
  readonly mentionCandidates = input<readonly MentionCandidate[]>([]);
  /** Left out of the mention list. */
  readonly myUserId = input<Uuid | null>(null);

  /** The text to send (untrimmed: the receiver trims) and whom it mentions. */
  readonly send = output<ComposedMessage>();
  readonly typing = output();
  readonly cancelReply = output();
  readonly dismissRefusal = output();

  protected readonly max = MESSAGE_BODY_MAX_LENGTH;
  protected readonly reasonId = `composer-reason-${++nextId}`;
  protected readonly listboxId = `composer-mentions-${nextId}`;
  protected readonly query = signal<MentionQuery | null>(null);
  protected readonly activeIndex = signal(0);
  protected readonly suggestions = computed(() => {
    const query = this.query();
    return query === null ? [] : filterCandidates(this.mentionCandidates(), query.query, this.myUserId());
  });
  private chosen: MentionCandidate[] = [];
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

  /** Puts a refused text back, unless the person has started writing something else. */
  restore(text: string): void {
    if (this.text().trim() !== '') return;
    this.text.set(text);
    this.field().nativeElement.value = text;
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text.set(value);
    this.updateQuery();
    if (value.trim() !== '') this.typing.emit();
  }

  /** Arrow keys and Tab while the mention list is open. */
  protected onKeydown(event: KeyboardEvent): void {
    const count = this.suggestions().length;
    if (count === 0 || event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activeIndex.update((index) => (index + step + count) % count);
      this.scrollActiveIntoView();
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      this.chooseActive();
    }
  }

  /** The caret moved without typing: the mention being typed may have changed. */
  protected onKeyup(event: KeyboardEvent): void {
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) this.updateQuery();
  }

  protected onEnter(event: Event): void {
    // Enter confirms an input method's composition (Lithuanian or other IMEs): not a send.
    if (event instanceof KeyboardEvent && event.isComposing) return;
    event.preventDefault();
    if (this.suggestions().length > 0) this.chooseActive();
    else this.submitText();
  }

  protected onEscape(): void {
    if (this.suggestions().length > 0) this.query.set(null);
    else if (this.replyingTo() !== null) this.cancelReply.emit();
  }

  protected choose(person: MentionCandidate): void {
    const query = this.query();
    const field = this.field().nativeElement;
    if (query === null) return;
    const result = insertMention(this.text(), query, field.selectionStart, person);
    this.chosen.push(person);
    this.text.set(result.text);
    field.value = result.text;
    field.focus();
    field.setSelectionRange(result.caret, result.caret);
    this.query.set(null);
  }

  protected updateQuery(): void {
    if (this.mentionCandidates().length === 0) return;
    const field = this.field().nativeElement;
    const next = field.selectionStart === field.selectionEnd ? activeMentionQuery(field.value, field.selectionStart) : null;
    const previous = this.query();
    if (next?.start !== previous?.start || next?.query !== previous?.query) {
      this.query.set(next);
      this.activeIndex.set(0);
    }
  }

  private chooseActive(): void {
    const person = this.suggestions()[this.activeIndex()] ?? this.suggestions()[0];
    if (person !== undefined) this.choose(person);
  }

  private scrollActiveIntoView(): void {
    setTimeout(() => document.getElementById(`${this.listboxId}-${this.activeIndex()}`)?.scrollIntoView({ block: 'nearest' }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitText();
    this.focus();
  }

  private submitText(): void {
    if (!this.canSend()) return;
    this.send.emit({ body: this.text(), mentions: mentionedIds(this.text(), this.chosen) });
    this.chosen = [];
    this.query.set(null);
    this.text.set('');
    // The bound value is unchanged when it was '' before; clear the element itself too.
    this.field().nativeElement.value = '';
  }
}
