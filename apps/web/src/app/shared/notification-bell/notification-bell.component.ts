/**
 * The bell in the top bar: the unread count on a button that opens a panel
 * of recent notifications (title, text, time, unread marked), "mark all as
 * read" and the way to the settings. New arrivals are announced in a polite
 * live region that exists before anything arrives. Presentational: the
 * NotificationCenter's state comes in, what the person does goes out.
 */
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import type { Notification } from '@klasteris/contracts';

import type { ErrorMessage } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { NotificationArrival } from '../../core/notifications/notification-center.service';
import { internalLink } from '../../core/notifications/notification-inbox';
import { NotificationSummaryComponent } from './notification-summary.component';

@Component({
  selector: 'kl-notification-bell',
  imports: [MatButtonModule, RouterLink, TranslatePipe, NotificationSummaryComponent],
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:click)': 'closeWhenOutside($event)',
    '(keydown.escape)': 'close(true)',
  },
})
export class NotificationBellComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly router = inject(Router);
  /** Parsed links by text: a link with a query (`?message=12`) must reach the router as a tree, not as one path. */
  private readonly parsedLinks = new Map<string, UrlTree>();
  private readonly toggleButton = viewChild.required<ElementRef<HTMLButtonElement>>('toggleButton');

  readonly unread = input(0);
  /** "3", "99+", or null for none. */
  readonly badge = input<string | null>(null);
  /** Newest first; null while loading. */
  readonly items = input<readonly Notification[] | null>(null);
  readonly loadError = input<ErrorMessage | null>(null);
  readonly arrivals = input<readonly NotificationArrival[]>([]);

  /** The panel opened: time to reload. */
  readonly opened = output();
  /** A notification was chosen: mark it read (its link, if any, is followed by the router). */
  readonly choose = output<Notification>();
  readonly markAllRead = output();

  protected readonly open = signal(false);
  protected linkOf(link: string | null): UrlTree | null {
    const internal = internalLink(link);
    if (internal === null) return null;
    let tree = this.parsedLinks.get(internal);
    if (tree === undefined) this.parsedLinks.set(internal, (tree = this.router.parseUrl(internal)));
    return tree;
  }

  protected toggle(): void {
    if (this.open()) {
      this.close(false);
      return;
    }
    this.open.set(true);
    this.opened.emit();
  }

  protected close(returnFocus: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (returnFocus) this.toggleButton().nativeElement.focus();
  }

  protected closeWhenOutside(event: Event): void {
    if (this.open() && event.target instanceof Node && !this.host.nativeElement.contains(event.target)) {
      this.close(false);
    }
  }

  protected chosen(notification: Notification): void {
    this.choose.emit(notification);
    if (this.linkOf(notification.link) !== null) this.close(false);
  }
}
