/**
 * `/admin/outbox`: the newest e-mails the service wrote to its outbox, which
 * is where mail goes when no SMTP server is set (empty when mail leaves
 * through SMTP). Refreshed on request.
 */
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { OutboxMail } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { OutboxListComponent } from './outbox-list.component';

/** The API's most; the outbox is a development aid and has no further pages. */
const OUTBOX_LIMIT = 100;

@Component({
  selector: 'kl-outbox-page',
  imports: [MatButtonModule, TranslatePipe, LocalDateTimePipe, EmptyStateComponent, OutboxListComponent],
  templateUrl: './outbox.page.html',
  styleUrl: '../admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly api = inject(ApiClient);

  protected readonly mails = signal<readonly OutboxMail[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly refreshing = signal(false);
  protected readonly updatedAt = signal<Date | null>(null);
  private ticket = 0;

  constructor() {
    void this.refresh();
  }

  protected async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    this.refreshing.set(true);
    this.loadError.set(null);
    try {
      const page = await this.api.outbox(OUTBOX_LIMIT);
      if (ticket !== this.ticket) return;
      this.mails.set(page.items);
      this.updatedAt.set(new Date());
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    } finally {
      if (ticket === this.ticket) this.refreshing.set(false);
    }
  }
}
