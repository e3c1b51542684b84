/**
 * `/moderation/queue`: reported items, the first reported first, with the
 * open ones to act on and tabs for those resolved or dismissed. After an
 * action the card leaves the queue and focus moves to the next card (or the
 * heading when none is left), so a keyboard user carries on where they were.
 */
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild, viewChildren } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { ReportedItem, ReportStatus } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ModerationApi } from '../../../core/api/moderation-api';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import {
  appendPage,
  focusIndexAfterRemoval,
  itemKey,
  queueActionRequest,
  withoutItem,
} from '../moderation-rules';
import { type QueueDecision, ReportCardComponent } from './report-card.component';

@Component({
  selector: 'kl-moderation-queue-page',
  imports: [MatButtonModule, MatButtonToggleModule, TranslatePipe, EmptyStateComponent, ReportCardComponent],
  templateUrl: './queue.page.html',
  styleUrl: '../moderation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueuePage {
  private readonly api = inject(ModerationApi);

  protected readonly status = signal<ReportStatus>('open');
  protected readonly items = signal<readonly ReportedItem[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly busyKey = signal<string | null>(null);
  protected readonly cardErrors = signal<ReadonlyMap<string, ErrorMessage>>(new Map());
  protected readonly done = signal<ErrorMessage | null>(null);
  protected readonly itemKey = itemKey;
  private readonly cards = viewChildren(ReportCardComponent);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private ticket = 0;

  constructor() {
    void this.load(false);
  }

  protected setStatus(status: ReportStatus): void {
    if (status === this.status()) return;
    this.status.set(status);
    this.items.set(null);
    this.nextCursor.set(null);
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    const ticket = ++this.ticket;
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const page = await this.api.reportedItems(this.status(), more ? this.nextCursor() : null);
      if (ticket !== this.ticket) return;
      this.items.set(more ? appendPage(this.items() ?? [], page.items, itemKey) : page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }

  protected async decide(item: ReportedItem, { choice, reason }: QueueDecision): Promise<void> {
    const key = itemKey(item);
    if (this.busyKey() !== null) return;
    this.busyKey.set(key);
    this.setCardError(key, null);
    this.done.set(null);
    try {
      const request = queueActionRequest(item, choice, reason);
      if (request === null) {
        await this.api.dismissReports({ targetType: item.targetType, targetId: item.targetId, reason: reason.trim() });
      } else {
        await this.api.act(request);
      }
      this.leave(key);
      this.done.set({ key: 'moderation.queue.done', params: { room: item.roomName } });
    } catch (error) {
      this.setCardError(key, errorMessageFor(error));
    } finally {
      this.busyKey.set(null);
    }
  }

  /** Takes the card away and puts focus on the one that took its place. */
  private leave(key: string): void {
    const before = this.items() ?? [];
    const index = before.findIndex((item) => itemKey(item) === key);
    const after = withoutItem(before, key);
    this.items.set(after);
    const target = focusIndexAfterRemoval(index, after.length);
    setTimeout(() => {
      if (target === null) this.heading().nativeElement.focus();
      else this.cards()[target]?.focus();
    });
  }

  private setCardError(key: string, error: ErrorMessage | null): void {
    this.cardErrors.update((all) => {
      const next = new Map(all);
      if (error === null) next.delete(key);
      else next.set(key, error);
      return next;
    });
  }
}
