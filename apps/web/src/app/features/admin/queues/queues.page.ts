/**
 * `/admin/queues`: every job queue with its counts per state, refreshed on
 * request, and the failed jobs of the chosen queue with a Retry for each.
 * After a retry the counts and the list are fetched again.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { FailedJob, QueueName, QueueSummary } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { FailedJobsComponent } from './failed-jobs.component';
import { appendNew, QUEUE_LABELS, queueToShow } from './queue-counts';
import { QueueTableComponent } from './queue-table.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'kl-queues-page',
  imports: [MatButtonModule, TranslatePipe, LocalDateTimePipe, EmptyStateComponent, QueueTableComponent, FailedJobsComponent],
  templateUrl: './queues.page.html',
  styleUrl: '../admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueuesPage {
  private readonly api = inject(ApiClient);
  private readonly injector = inject(Injector);
  private readonly failedHeading = viewChild<ElementRef<HTMLElement>>('failedHeading');
  protected readonly locale = inject(I18nService).locale;
  protected readonly queueLabels = QUEUE_LABELS;

  protected readonly summaries = signal<readonly QueueSummary[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly refreshing = signal(false);
  protected readonly updatedAt = signal<Date | null>(null);
  protected readonly selected = signal<QueueName | null>(null);
  protected readonly failed = signal<readonly FailedJob[] | null>(null);
  protected readonly failedCursor = signal<string | null>(null);
  protected readonly failedError = signal<ErrorMessage | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly retrying = signal<string | null>(null);
  protected readonly status = signal<ErrorMessage | null>(null);
  /** Bumped per request, so a slow answer for an older refresh or another queue is dropped. */
  private summariesTicket = 0;
  private failedTicket = 0;

  constructor() {
    void this.refresh();
  }

  /** The counts of every queue, then the failed jobs of the queue shown. */
  protected async refresh(): Promise<void> {
    const ticket = ++this.summariesTicket;
    this.refreshing.set(true);
    this.loadError.set(null);
    try {
      const page = await this.api.queueSummaries();
      if (ticket !== this.summariesTicket) return;
      this.summaries.set(page.items);
      this.updatedAt.set(new Date());
      const queue = queueToShow(page.items, this.selected());
      this.selected.set(queue);
      await this.loadFailed(queue);
    } catch (error) {
      if (ticket === this.summariesTicket) this.loadError.set(errorMessageFor(error));
    } finally {
      if (ticket === this.summariesTicket) this.refreshing.set(false);
    }
  }

  protected choose(queue: QueueName): void {
    if (queue === this.selected()) return;
    this.selected.set(queue);
    this.failed.set(null);
    this.status.set(null);
    void this.loadFailed(queue);
  }

  protected async loadFailed(queue = this.selected()): Promise<void> {
    const ticket = ++this.failedTicket;
    this.failedError.set(null);
    if (queue === null) {
      this.failed.set([]);
      this.failedCursor.set(null);
      return;
    }
    try {
      const page = await this.api.failedJobs(queue, { limit: PAGE_SIZE });
      if (ticket !== this.failedTicket) return;
      this.failed.set(page.items);
      this.failedCursor.set(page.nextCursor);
    } catch (error) {
      if (ticket === this.failedTicket) this.failedError.set(errorMessageFor(error));
    }
  }

  protected async loadMore(): Promise<void> {
    const queue = this.selected();
    const cursor = this.failedCursor();
    if (queue === null || cursor === null || this.loadingMore()) return;
    const ticket = this.failedTicket;
    this.loadingMore.set(true);
    try {
      const page = await this.api.failedJobs(queue, { cursor, limit: PAGE_SIZE });
      if (ticket !== this.failedTicket) return;
      this.failed.update((jobs) => appendNew(jobs ?? [], page.items));
      this.failedCursor.set(page.nextCursor);
    } catch (error) {
      this.failedError.set(errorMessageFor(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async retry(job: FailedJob): Promise<void> {
    const queue = this.selected();
    if (queue === null || this.retrying() !== null) return;
    this.retrying.set(job.id);
    this.status.set(null);
    try {
      await this.api.retryJob(queue, job.id);
      this.status.set({ key: 'admin.failed.retried', params: { name: job.name, id: job.id } });
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.retrying.set(null);
    }
    await this.refresh();
    // The job's entry (and its button) is gone: keep the keyboard in the list.
    afterNextRender(() => this.failedHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
