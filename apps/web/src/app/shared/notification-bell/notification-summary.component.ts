/** One notification's text in the bell's list: unread mark, title, body and time. */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Notification } from '@klasteris/contracts';

import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'kl-notification-summary',
  imports: [TranslatePipe, LocalDateTimePipe],
  template: `
    @let item = notification();
    <span class="title" data-testid="notification-title">
      @if (item.readAt === null) {
        <span class="dot" aria-hidden="true"></span>
        <span class="visually-hidden">{{ 'notifications.unreadLabel' | t }}</span>
      }
      {{ item.title }}
    </span>
    <span class="body">{{ item.body }}</span>
    <time class="time" [attr.datetime]="item.createdAt">{{ item.createdAt | localDateTime }}</time>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
    }
    .title {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .dot {
      display: inline-block;
      margin-inline-end: 0.375rem;
      vertical-align: middle;
      width: 0.625rem;
      height: 0.625rem;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .body {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .time {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSummaryComponent {
  readonly notification = input.required<Notification>();
}
