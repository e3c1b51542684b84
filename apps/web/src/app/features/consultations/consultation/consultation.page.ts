/**
 * `/consultations/:id`, the audience's view: the questions (ask, vote,
 * order by top or newest, answers as they come, my own ones waiting for
 * approval) beside the consultation's chat, both live; "live" and "ended"
 * banners as the state changes; presenters get a link to their view.
 * A person banned from the consultation's room (live, or on coming back)
 * sees only that they were removed: no questions, no asking, no chat.
 * The page owns a LiveRoomStore (the chat, and the room join) and a
 * ConsultationStore (the consultation and its questions).
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Question } from '@klasteris/contracts';

import type { ErrorMessage } from '../../../core/api/api-error';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { ConsultationStore } from '../../../core/live/consultation/consultation.store';
import { LiveRoomStore } from '../../../core/live/room/live-room.store';
import { LiveAnnouncerComponent } from '../../../shared/live-room/live-announcer.component';
import { LiveRoomComponent, type SendEvent } from '../../../shared/live-room/live-room.component';
import type { EditEvent, ReactionChoiceEvent } from '../../../shared/live-room/message-list.component';
import { PresenceListComponent } from '../../../shared/live-room/presence-list.component';
import { ConsultationFactsComponent } from '../consultation-facts.component';
import { ConsultationProblemComponent } from '../consultation-problem.component';
import { ConsultationStateComponent } from '../consultation-state.component';
import { AskBoxComponent, type AskEvent } from '../questions/ask-box.component';
import { FlipListDirective } from '../questions/flip-list.directive';
import { QuestionItemComponent } from '../questions/question-item.component';
import { QuestionSortComponent } from '../questions/question-sort.component';

@Component({
  selector: 'kl-consultation-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    LocalDateTimePipe,
    LiveRoomComponent,
    PresenceListComponent,
    LiveAnnouncerComponent,
    ConsultationFactsComponent,
    ConsultationProblemComponent,
    ConsultationStateComponent,
    AskBoxComponent,
    FlipListDirective,
    QuestionItemComponent,
    QuestionSortComponent,
  ],
  providers: [LiveRoomStore, ConsultationStore],
  templateUrl: './consultation.page.html',
  styleUrl: './consultation.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultationPage {
  /** The consultation's id (its room's too), from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(ConsultationStore);
  protected readonly room = inject(LiveRoomStore);
  private readonly askBox = viewChild(AskBoxComponent);

  protected readonly asking = signal(false);
  protected readonly askError = signal<ErrorMessage | null>(null);
  protected readonly askStatus = signal<TranslationKey | null>(null);
  protected readonly canVote = computed(() => this.store.connected() && !this.store.ended() && !this.store.removed());
  protected readonly askNotice = computed<TranslationKey | null>(() => {
    const consultation = this.store.consultation();
    if (consultation === null) return null;
    if (consultation.state === 'scheduled') return 'consultations.ask.scheduled';
    return consultation.moderation === 'pre' ? 'consultations.ask.premoderated' : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.open(id));
    });
  }

  protected async ask({ body, anonymous }: AskEvent): Promise<void> {
    if (this.asking()) return;
    this.asking.set(true);
    this.askError.set(null);
    this.askStatus.set(null);
    const failure = await this.store.ask(body, anonymous);
    this.asking.set(false);
    if (failure !== null) {
      this.askError.set(failure);
      return;
    }
    this.askBox()?.clear();
    this.askStatus.set(
      this.store.consultation()?.moderation === 'pre' ? 'consultations.ask.sentPending' : 'consultations.ask.sent',
    );
  }

  protected vote(question: Question): void {
    void this.store.toggleVote(question);
  }

  protected send({ body, parentId }: SendEvent): void {
    this.room.send(body, parentId);
  }

  protected react({ messageId, emoji }: ReactionChoiceEvent): void {
    void this.room.toggleReaction(messageId, emoji);
  }

  protected edit({ messageId, body }: EditEvent): void {
    void this.room.edit(messageId, body);
  }

  protected remove(messageId: string): void {
    void this.room.remove(messageId);
  }
}
