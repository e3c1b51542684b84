/**
 * `/consultations/:id/present`, the presenter's view (its route lets only
 * presenters in): start and end the session, the top question large for a
 * shared screen, every question in the `top` order with what can be done
 * with it, the queue of questions waiting for approval, and who is here.
 * Everything is live. After an action the focus stays with the question (or
 * its list, when the question left it), so keyboard users keep their place.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Uuid } from '@klasteris/contracts';

import type { ErrorMessage } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConsultationStore } from '../../../core/live/consultation/consultation.store';
import { LiveRoomStore } from '../../../core/live/room/live-room.store';
import { LiveAnnouncerComponent } from '../../../shared/live-room/live-announcer.component';
import { PresenceListComponent } from '../../../shared/live-room/presence-list.component';
import { ConsultationFactsComponent } from '../consultation-facts.component';
import { ConsultationProblemComponent } from '../consultation-problem.component';
import { ConsultationStateComponent } from '../consultation-state.component';
import { FlipListDirective } from '../questions/flip-list.directive';
import { type PresenterChange, PresenterQuestionComponent } from './presenter-question.component';

/** Where a question is shown: large on the shared screen, in the list, or in the approval queue. */
type Place = 'screen' | 'list' | 'queue';

@Component({
  selector: 'kl-present-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TranslatePipe,
    LiveAnnouncerComponent,
    PresenceListComponent,
    ConsultationFactsComponent,
    ConsultationProblemComponent,
    ConsultationStateComponent,
    FlipListDirective,
    PresenterQuestionComponent,
  ],
  providers: [LiveRoomStore, ConsultationStore],
  templateUrl: './present.page.html',
  styleUrl: './present.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresentPage {
  /** The consultation's id, from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(ConsultationStore);
  protected readonly room = inject(LiveRoomStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly confirmingEnd = signal(false);
  /** The open answer box: which question, and where. */
  protected readonly answering = signal<{ id: Uuid; place: Place } | null>(null);
  protected readonly answerSending = signal(false);
  protected readonly answerError = signal<ErrorMessage | null>(null);
  /** Offline, nothing can be changed; after the end presenters may still answer and tidy up (the API allows it). */
  protected readonly disabled = computed(() => !this.store.connected());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.open(id));
    });
    // Someone who may no longer present (or never could) goes to the audience's view.
    effect(() => {
      const consultation = this.store.consultation();
      if (consultation !== null && !consultation.canPresent) {
        untracked(() => void this.router.navigate(['/consultations', consultation.id], { replaceUrl: true }));
      }
    });
  }

  protected isAnswering(id: Uuid, place: Place): boolean {
    const open = this.answering();
    return open !== null && open.id === id && open.place === place;
  }

  protected openAnswer(id: Uuid, place: Place): void {
    this.answerError.set(null);
    this.answering.set({ id, place });
  }

  protected closeAnswer(id: Uuid, place: Place): void {
    this.answering.set(null);
    this.answerError.set(null);
    this.focusQuestion(id, place);
  }

  protected async answer(id: Uuid, place: Place, body: string): Promise<void> {
    if (this.answerSending()) return;
    this.answerSending.set(true);
    this.answerError.set(null);
    const failure = await this.store.answer(id, body);
    this.answerSending.set(false);
    if (failure !== null) {
      this.answerError.set(failure);
      return;
    }
    this.answering.set(null);
    this.focusQuestion(id, place);
  }

  protected async change(id: Uuid, place: Place, change: PresenterChange): Promise<void> {
    const done =
      'status' in change
        ? await this.store.setStatus(id, change.status)
        : await this.store.setPinned(id, change.pinned);
    if (done) this.focusQuestion(id, place);
  }

  protected async start(): Promise<void> {
    await this.store.start();
  }

  protected async end(): Promise<void> {
    const ended = await this.store.end();
    if (ended) this.confirmingEnd.set(false);
  }

  /**
   * After a change, keep the keyboard's place: on the question where it now
   * is; on the summary of the closed section it went into (dismissed ones);
   * or on its section's heading. Once the list has finished moving, the
   * focused element is scrolled into view: focusing it mid-move would scroll
   * to where it was drawn, not where it lands.
   */
  private focusQuestion(id: Uuid, place: Place): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const section = root.querySelector<HTMLElement>(`[data-place="${place}"]`);
        const question =
          section?.querySelector<HTMLElement>(
            `[data-testid="presenter-question"][data-question-id="${CSS.escape(id)}"]`,
          ) ?? root.querySelector<HTMLElement>(`[data-place="list"] [data-question-id="${CSS.escape(id)}"]`);
        const candidates = [question, closedSectionSummary(question), section?.querySelector<HTMLElement>('h2')];
        // A question in a closed section cannot take focus; the next candidate then does.
        const target = candidates.find((candidate) => candidate && focused(candidate));
        if (!target) return;
        const moving = (section ?? root).getAnimations?.({ subtree: true }) ?? [];
        void Promise.allSettled(moving.map((animation) => animation.finished)).then(() =>
          target.scrollIntoView({ block: 'nearest' }),
        );
      },
      { injector: this.injector },
    );
  }
}

/** The summary of the closed section the question sits in (dismissed ones are folded away), if any. */
function closedSectionSummary(question: HTMLElement | null): HTMLElement | null {
  return question?.closest('details:not([open])')?.querySelector<HTMLElement>(':scope > summary') ?? null;
}

/** Focuses the element without scrolling, and says whether it took the focus. */
function focused(element: HTMLElement): boolean {
  element.focus({ preventScroll: true });
  return document.activeElement === element;
}
