/**
 * One message: author with their organisation, time in the reader's zone,
 * the text (or that it was deleted) with its @mentions marked, what it
 * replies to, how many replies it has (a button to the thread in threaded
 * rooms), whether it is pinned, reactions (mine pressed), and reply / pin /
 * edit / delete as allowed, and a menu to report someone else's message
 * (and, for moderators, to hide or restore it, with a reason).
 * A hidden message (seen by moderators, or held for its author) is greyed
 * with who hid it. It emits what the person chose; reporting it handles
 * itself, in a dialog, since every host would do the same.
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MESSAGE_BODY_MAX_LENGTH, type Message, type Uuid } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';
import { bodySegments } from '../../core/live/room/mentions';
import { OrganisationBadgeComponent } from './organisation-badge.component';
import { REACTION_CHOICES, reactionName } from './reactions';
import { openModerationActionDialog } from './moderation-action-dialog.component';
import { openReportDialog } from './report-dialog.component';

interface ShownReaction {
  emoji: string;
  count: number;
  mine: boolean;
  name: TranslationKey | null;
}

const QUOTE_MAX = 80;

@Component({
  selector: 'kl-message-item',
  imports: [TextFieldModule, MatMenuModule, TranslatePipe, LocalDateTimePipe, OrganisationBadgeComponent],
  templateUrl: './message-item.component.html',
  styleUrl: './message-item.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageItemComponent {
  readonly message = input.required<Message>();
  readonly mine = input(false);
  /** The message this one replies to, when it is loaded. */
  readonly parent = input<Message | null>(null);
  readonly replyCount = input(0);
  readonly myReactions = input<ReadonlySet<string>>(new Set());
  /** While offline, nothing can be changed. */
  readonly actionsDisabled = input(false);
  /** Replies live in a thread panel: the reply count opens it, and there is no inline quote. */
  readonly threaded = input(false);
  /** The reader may pin and unpin messages here. */
  readonly canPin = input(false);
  /** Shown in context (a search hit or a link to it): marked until the reader moves on. */
  readonly highlighted = input(false);
  /** The reader moderates: the menu may hide or restore the message. */
  readonly moderator = input(false);
  /** For marking mentions of the reader. */
  readonly myUserId = input<Uuid | null>(null);

  readonly reply = output();
  readonly react = output<string>();
  readonly edit = output<string>();
  readonly remove = output();
  readonly showParent = output<string>();
  readonly openThread = output();
  readonly pin = output<boolean>();

  protected readonly choices = REACTION_CHOICES;
  protected readonly max = MESSAGE_BODY_MAX_LENGTH;
  protected readonly editing = signal(false);
  protected readonly draft = signal('');
  protected readonly confirmingDelete = signal(false);
  protected readonly headingId = computed(() => `message-${this.message().id}`);
  protected readonly segments = computed(() => {
    const message = this.message();
    return bodySegments(message.body, message.mentions, this.myUserId());
  });
  protected readonly plainBody = computed(() => this.segments().every((segment) => segment.mentionId === null));
  protected readonly mentionsMe = computed(() => this.segments().some((segment) => segment.me) && !this.message().deleted);
  protected readonly reactions = computed<ShownReaction[]>(() =>
    Object.entries(this.message().reactions)
      .filter(([, count]) => count > 0)
      .map(([emoji, count]) => ({ emoji, count, mine: this.myReactions().has(emoji), name: reactionName(emoji) })),
  );
  protected readonly quote = computed(() => {
    const parent = this.parent();
    if (parent === null) return '';
    const text = parent.deleted ? '…' : parent.body.replace(/\s+/g, ' ');
    return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  });
  protected readonly draftValid = computed(() => {
    const length = this.draft().trim().length;
    return length > 0 && length <= this.max;
  });

  private readonly dialog = inject(MatDialog);
  private readonly article = viewChild.required<ElementRef<HTMLElement>>('article');
  private readonly editField = viewChild<ElementRef<HTMLTextAreaElement>>('editField');
  private readonly editButton = viewChild<ElementRef<HTMLButtonElement>>('editButton');
  private readonly moreButton = viewChild<ElementRef<HTMLButtonElement>>('moreButton');

  protected report(): void {
    const message = this.message();
    openReportDialog(
      this.dialog,
      { targetType: 'message', targetId: message.id, authorName: message.author.displayName },
      this.moreButton()?.nativeElement,
    );
  }

  protected moderate(action: 'hide' | 'restore'): void {
    const message = this.message();
    void openModerationActionDialog(
      this.dialog,
      {
        request: { action, roomId: message.roomId, targetType: 'message', targetId: message.id },
        heading: action === 'hide' ? 'room.message.hideHeading' : 'room.message.restoreHeading',
        headingParams: { name: message.author.displayName },
        confirm: action === 'hide' ? 'room.message.hide' : 'room.message.restore',
      },
      this.moreButton()?.nativeElement,
    );
  }

  protected startEdit(): void {
    this.draft.set(this.message().body);
    this.confirmingDelete.set(false);
    this.editing.set(true);
    setTimeout(() => this.editField()?.nativeElement.focus());
  }

  protected onDraftInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
  }

  protected onDraftEnter(event: Event): void {
    if (event instanceof KeyboardEvent && event.isComposing) return;
    event.preventDefault();
    this.saveEdit();
  }

  protected saveEdit(): void {
    if (!this.draftValid()) return;
    if (this.draft().trim() !== this.message().body) this.edit.emit(this.draft());
    this.stopEdit();
  }

  protected stopEdit(): void {
    this.editing.set(false);
    setTimeout(() => this.editButton()?.nativeElement.focus());
  }

  protected askDelete(): void {
    this.editing.set(false);
    this.confirmingDelete.set(true);
  }

  protected confirmDelete(): void {
    this.confirmingDelete.set(false);
    this.remove.emit();
    this.article().nativeElement.focus();
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
    this.article().nativeElement.focus();
  }
}
