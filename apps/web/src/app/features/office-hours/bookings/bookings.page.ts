/**
 * `/bookings` (and `/office-hours/bookings/:id`, where notifications lead,
 * with that booking marked): a learner's bookings and waiting-list places,
 * a lecturer's bookings of their slots; upcoming first, past on request.
 * Cancel and move happen in dialogs; the outcome is announced in a live
 * region. The list is fetched again when a booking notification arrives
 * and around each start, so "Join room" lights up when the room opens.
 * Below, the personal calendar feed.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { Booking, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LiveSocketService } from '../../../core/live/live-socket.service';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { slotTimes } from '../shared/slot-times';
import { formatCalendarDate } from '../time-zones';
import { BookingCardComponent } from './booking-card.component';
import { learnerLock, nextRoomCheck, sideOf } from './booking-rules';
import {
  CancelBookingDialogComponent,
  type CancelBookingDialogData,
  type CancelOutcome,
} from './cancel-booking-dialog.component';
import { CalendarFeedComponent } from './calendar-feed.component';
import { RescheduleDialogComponent, type RescheduleDialogData } from './reschedule-dialog.component';

/** How often "now" moves on, for the locks and the room check. */
const CLOCK_TICK_MS = 30_000;

@Component({
  selector: 'kl-bookings-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe, EmptyStateComponent, BookingCardComponent, CalendarFeedComponent],
  templateUrl: './bookings.page.html',
  styleUrl: './bookings.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingsPage {
  /** From `/office-hours/bookings/:id`: the booking a notification is about. */
  readonly id = input<string | undefined>(undefined);

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = inject(I18nService).locale;

  protected readonly myZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());
  private readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly canHold = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'lecturer' || role === 'admin';
  });
  protected readonly now = signal(Date.now());

  protected readonly upcoming = signal<readonly Booking[] | null>(null);
  protected readonly upcomingCursor = signal<string | null>(null);
  protected readonly upcomingError = signal<ErrorMessage | null>(null);
  protected readonly past = signal<readonly Booking[] | null>(null);
  protected readonly pastCursor = signal<string | null>(null);
  protected readonly pastError = signal<ErrorMessage | null>(null);
  protected readonly showPast = signal(false);
  protected readonly loadingMore = signal(false);
  /** The last outcome; a booking named in it is described in the current language when shown. */
  private readonly outcome = signal<(ErrorMessage & { about?: Booking }) | null>(null);
  protected readonly status = computed<ErrorMessage | null>(() => {
    const outcome = this.outcome();
    if (outcome?.about === undefined) return outcome;
    return { key: outcome.key, params: { ...outcome.params, when: this.describe(outcome.about) } };
  });
  /** Bookings the server refused to change as too late; locked here until the list says otherwise. */
  private readonly refusedLate = signal<ReadonlySet<Uuid>>(new Set());
  private upcomingTicket = 0;
  private roomTimer: ReturnType<typeof setTimeout> | null = null;

  protected readonly upcomingItems = computed(() => this.view(this.upcoming() ?? []));
  protected readonly pastItems = computed(() => this.view(this.past() ?? []));

  constructor() {
    void this.loadUpcoming();
    const destroyRef = inject(DestroyRef);
    const clock = setInterval(() => this.now.set(Date.now()), CLOCK_TICK_MS);
    const live = inject(LiveSocketService);
    const stopNotifications = live.on('notification:new', ({ notification }) => {
      if (notification.kind !== 'booking') return;
      void this.loadUpcoming();
      if (this.showPast()) void this.loadPast();
    });
    // After a reconnection something may have changed unheard.
    const stopConnect = live.onConnect(() => void this.loadUpcoming());
    destroyRef.onDestroy(() => {
      clearInterval(clock);
      stopNotifications();
      stopConnect();
      if (this.roomTimer !== null) clearTimeout(this.roomTimer);
    });

    // Fetch again when a booking's room should open.
    effect(() => {
      const bookings = this.upcoming();
      if (bookings === null) return;
      untracked(() => this.scheduleRoomCheck(bookings));
    });
    // Show the booking a notification led to.
    effect(() => {
      const id = this.id();
      if (!id || this.upcoming() === null) return;
      untracked(() =>
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector<HTMLElement>(`[data-booking-id="${CSS.escape(id)}"]`)
              ?.scrollIntoView({ block: 'center' }),
          { injector: this.injector },
        ),
      );
    });
  }

  protected async loadUpcoming(): Promise<void> {
    const ticket = ++this.upcomingTicket;
    this.upcomingError.set(null);
    try {
      const page = await this.api.bookings();
      if (ticket !== this.upcomingTicket) return;
      this.upcoming.set(page.items);
      this.upcomingCursor.set(page.nextCursor);
      this.now.set(Date.now());
    } catch (error) {
      if (ticket === this.upcomingTicket) this.upcomingError.set(errorMessageFor(error));
    }
  }

  protected async loadPast(): Promise<void> {
    this.showPast.set(true);
    this.pastError.set(null);
    try {
      const page = await this.api.bookings({ past: true });
      this.past.set(page.items);
      this.pastCursor.set(page.nextCursor);
    } catch (error) {
      this.pastError.set(errorMessageFor(error));
    }
  }

  protected async loadMore(which: 'upcoming' | 'past'): Promise<void> {
    const cursor = which === 'upcoming' ? this.upcomingCursor() : this.pastCursor();
    if (cursor === null || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      const page = await this.api.bookings({ past: which === 'past', cursor });
      const list = which === 'upcoming' ? this.upcoming : this.past;
      const known = new Set((list() ?? []).map((booking) => booking.id));
      list.update((items) => [...(items ?? []), ...page.items.filter((booking) => !known.has(booking.id))]);
      (which === 'upcoming' ? this.upcomingCursor : this.pastCursor).set(page.nextCursor);
    } catch (error) {
      this.outcome.set(errorMessageFor(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected cancel(booking: Booking): void {
    const side = sideOf(booking, this.myId());
    const data: CancelBookingDialogData = { booking, side, viewerZone: this.myZone() };
    this.dialog
      .open<CancelBookingDialogComponent, CancelBookingDialogData, CancelOutcome>(CancelBookingDialogComponent, {
        data,
        width: 'min(32rem, calc(100vw - 2rem))',
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((outcome) => {
        if (outcome === 'cancelled') {
          this.outcome.set({ key: 'bookings.cancelled', about: booking });
        } else if (outcome === 'tooLate') {
          this.refusedLate.update((ids) => new Set([...ids, booking.id]));
          this.outcome.set({ key: 'bookings.lock.cutoff' });
        }
        if (outcome) void this.loadUpcoming();
      });
  }

  protected reschedule(booking: Booking): void {
    const data: RescheduleDialogData = { booking, viewerZone: this.myZone() };
    this.dialog
      .open<RescheduleDialogComponent, RescheduleDialogData, Booking>(RescheduleDialogComponent, {
        data,
        width: 'min(72rem, calc(100vw - 2rem))',
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((moved) => {
        if (!moved) return;
        this.outcome.set({ key: 'bookings.moved', about: moved });
        void this.loadUpcoming();
      });
  }

  private view(bookings: readonly Booking[]) {
    const myId = this.myId();
    const now = this.now();
    const refused = this.refusedLate();
    const highlighted = this.id();
    return bookings.map((booking) => ({
      booking,
      side: sideOf(booking, myId),
      lock: learnerLock(booking, now, { refusedLate: refused.has(booking.id) }),
      highlight: booking.id === highlighted,
    }));
  }

  private describe(booking: Booking): string {
    const times = slotTimes(booking, this.myZone(), booking.lecturer.timeZone);
    return `${formatCalendarDate(times.date, this.locale(), 'full')} ${times.start}`;
  }

  private scheduleRoomCheck(bookings: readonly Booking[]): void {
    if (this.roomTimer !== null) clearTimeout(this.roomTimer);
    this.roomTimer = null;
    const delay = nextRoomCheck(bookings, Date.now());
    if (delay === null) return;
    this.roomTimer = setTimeout(() => {
      this.roomTimer = null;
      void this.loadUpcoming();
    }, delay);
  }
}
