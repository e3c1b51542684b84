/**
 * The personal calendar feed: the ICS address to subscribe to in a calendar
 * app, a copy button, and "new address" (after a confirmation that the old
 * one stops working). Outcomes are announced in a polite live region.
 */
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';

@Component({
  selector: 'kl-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <section class="feed" aria-labelledby="calendar-feed-heading" data-testid="calendar-feed">
      <h2 id="calendar-feed-heading">{{ 'bookings.feed.heading' | t }}</h2>
      <p class="text">{{ 'bookings.feed.text' | t }}</p>
      @if (url(); as address) {
        <div class="address">
          <mat-form-field appearance="outline" class="url">
            <mat-label>{{ 'bookings.feed.address' | t }}</mat-label>
            <input matInput readonly [value]="address" data-testid="feed-url" (focus)="selectAll($event)" />
          </mat-form-field>
          <button mat-flat-button type="button" data-testid="feed-copy" (click)="copy(address)">
            {{ 'bookings.feed.copy' | t }}
          </button>
          <button mat-stroked-button type="button" data-testid="feed-regenerate" disabledInteractive [disabled]="busy()" (click)="regenerate()">
            {{ 'bookings.feed.regenerate' | t }}
          </button>
        </div>
      } @else if (!status()) {
        <p class="text" role="status">{{ 'bookings.feed.loading' | t }}</p>
      }
      <div class="status" role="status" aria-live="polite" data-testid="feed-status">
        @if (status(); as line) {
          <p>{{ line.key | t: line.params }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    .feed {
      margin-top: 2rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    h2 {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-large);
    }
    .text {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .address {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 0.5rem;
    }
    .url {
      flex: 1 1 20rem;
      min-width: 0;
    }
    .address button {
      margin-top: 0.5rem;
    }
    .status p {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedComponent {
  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);

  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<ErrorMessage | null>(null);

  constructor() {
    void this.load();
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(address: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(address);
      this.status.set({ key: 'bookings.feed.copied' });
    } catch {
      this.status.set({ key: 'bookings.feed.copyFailed' });
    }
  }

  protected regenerate(): void {
    const data: ConfirmDialogData = {
      heading: 'bookings.feed.confirmHeading',
      text: 'bookings.feed.confirmText',
      confirm: 'bookings.feed.confirm',
      cancel: 'bookings.feed.keep',
    };
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data, maxWidth: '32rem' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) void this.renew();
      });
  }

  private async load(): Promise<void> {
    try {
      this.url.set((await this.api.calendarFeed()).url);
    } catch (error) {
      this.status.set(errorMessageFor(error));
    }
  }

  private async renew(): Promise<void> {
    this.busy.set(true);
    this.status.set(null);
    try {
      this.url.set((await this.api.regenerateCalendarFeed()).url);
      this.status.set({ key: 'bookings.feed.renewed' });
    } catch (error) {
      this.status.set(errorMessageFor(error));
    } finally {
      this.busy.set(false);
    }
  }
}
