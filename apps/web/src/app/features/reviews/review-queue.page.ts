/**
 * `/reviews`: submissions waiting for this lecturer's review, oldest first,
 * filtered by programme. New ones arrive with `submission_made`
 * notifications; the list reloads when one does.
 */
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { Programme, ReviewQueueItem } from '@klasteris/contracts';

import { ApiClient } from '../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../core/api/api-error';
import { plainText } from '../../core/content/localized-content';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LiveSocketService } from '../../core/live/live-socket.service';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';
import { ReviewQueueListComponent } from './review-queue-list.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'kl-review-queue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
    ReviewQueueListComponent,
  ],
  templateUrl: './review-queue.page.html',
  styleUrl: './review-queue.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePage {
  private readonly api = inject(ApiClient);
  protected readonly locale = inject(I18nService).locale;

  protected readonly programmes = signal<readonly Programme[]>([]);
  protected readonly programmeId = signal<string>('');
  protected readonly items = signal<readonly ReviewQueueItem[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly loadingMore = signal(false);
  /** Bumped per reload, so a slow answer for an older filter is dropped. */
  private ticket = 0;

  protected readonly options = computed(() =>
    this.programmes()
      .filter((programme) => programme.canEdit)
      .map((programme) => ({ id: programme.id, title: plainText(programme.title, this.locale()) })),
  );

  constructor() {
    void this.api.programmes().then(
      (page) => this.programmes.set(page.items),
      () => undefined,
    );
    void this.reload();
    const stop = inject(LiveSocketService).on('notification:new', ({ notification }) => {
      if (notification.kind === 'submission_made') void this.reload();
    });
    inject(DestroyRef).onDestroy(stop);
  }

  protected filter(programmeId: string): void {
    this.programmeId.set(programmeId);
    this.items.set(null);
    void this.reload();
  }

  protected async reload(): Promise<void> {
    const ticket = ++this.ticket;
    this.loadError.set(null);
    try {
      const page = await this.api.reviewQueue({ programmeId: this.programmeId() || undefined, limit: PAGE_SIZE });
      if (ticket !== this.ticket) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    }
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor === null || this.loadingMore()) return;
    const ticket = this.ticket;
    this.loadingMore.set(true);
    try {
      const page = await this.api.reviewQueue({
        programmeId: this.programmeId() || undefined,
        cursor,
        limit: PAGE_SIZE,
      });
      if (ticket !== this.ticket) return;
      const known = new Set((this.items() ?? []).map((item) => item.submission.id));
      this.items.update((items) => [...(items ?? []), ...page.items.filter((item) => !known.has(item.submission.id))]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
