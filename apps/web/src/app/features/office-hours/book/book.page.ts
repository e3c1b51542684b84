/**
 * `/office-hours/lecturers/:id`: a lecturer's free slots, a week at a time,
 * on the viewer's own clock (their profile's zone) with the lecturer's wall
 * time beside each. Choosing a slot opens the booking dialog; a full slot
 * offers the waiting list. The result is announced in a live region.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { Booking, LecturerSummary, Slot } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { findLecturer } from '../shared/lecturer-lookup';
import { SlotCalendarComponent } from '../shared/slot-calendar.component';
import { slotTimes } from '../shared/slot-times';
import { weekLabel } from '../shared/week-label';
import { addDays, formatCalendarDate, groupByLocalDate, mondayOf, rangeOfDates, todayIn, weekDates } from '../time-zones';
import { BookingDialogComponent, type BookingDialogData } from './booking-dialog.component';

/** How far ahead the week pager goes; the lecturer's own horizon usually ends sooner. */
const MAX_WEEKS_AHEAD = 26;

@Component({
  selector: 'kl-book-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe, SlotCalendarComponent],
  templateUrl: './book.page.html',
  styleUrl: './book.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookPage {
  /** From the route. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  protected readonly locale = inject(I18nService).locale;

  protected readonly myZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());
  /** Only learners book; others see the free times. */
  protected readonly canBook = computed(() => this.auth.user()?.role === 'learner');
  protected readonly today = computed(() => todayIn(this.myZone()));
  private readonly firstMonday = computed(() => mondayOf(this.today()));
  protected readonly monday = signal<string | null>(null);
  protected readonly shownMonday = computed(() => this.monday() ?? this.firstMonday());
  protected readonly dates = computed(() => weekDates(this.shownMonday()));
  protected readonly weekText = computed(() => weekLabel(this.shownMonday(), this.locale()));
  protected readonly canGoBack = computed(() => this.shownMonday() > this.firstMonday());
  protected readonly canGoForward = computed(
    () => this.shownMonday() < addDays(this.firstMonday(), 7 * MAX_WEEKS_AHEAD),
  );

  protected readonly lecturer = signal<LecturerSummary | null>(null);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly slots = signal<readonly Slot[] | null>(null);
  protected readonly slotsError = signal<ErrorMessage | null>(null);
  /** The last booking made here, announced in the current language. */
  private readonly booked = signal<{ booking: Booking; lecturer: LecturerSummary } | null>(null);
  protected readonly status = computed((): ErrorMessage | null => {
    const made = this.booked();
    if (made === null) return null;
    const { booking, lecturer } = made;
    const times = slotTimes(booking, this.myZone(), lecturer.timeZone);
    const when = `${formatCalendarDate(times.date, this.locale(), 'full')} ${times.start}`;
    if (booking.status === 'waiting') {
      return { key: 'officeHours.book.waiting', params: { when, position: booking.waitingPosition ?? 1 } };
    }
    return { key: 'officeHours.book.booked', params: { when, name: lecturer.displayName } };
  });
  protected readonly days = computed(() => groupByLocalDate(this.slots() ?? [], this.dates(), this.myZone()).map((day) => ({ date: day.date, slots: day.items })));
  protected readonly freeCount = computed(() => (this.slots() ?? []).length);
  /** My places (booked or waiting) with this lecturer: shown as mine rather than offered again. */
  protected readonly held = signal<readonly string[]>([]);
  /** Bumped per load, so a slow answer for another week is dropped. */
  private ticket = 0;
  private shownKey = '';

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.loadLecturer(id));
    });
    effect(() => {
      const lecturer = this.lecturer();
      const dates = this.dates();
      const zone = this.myZone();
      if (lecturer === null) return;
      untracked(() => void this.loadSlots(lecturer, dates, zone));
    });
  }

  protected async loadLecturer(id = this.id()): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    try {
      const lecturer = await findLecturer(this.api, id);
      if (id !== this.id()) return;
      if (lecturer === null) this.notFound.set(true);
      else {
        this.lecturer.set(lecturer);
        void this.loadHeld();
      }
    } catch (error) {
      if (id === this.id()) this.loadError.set(errorMessageFor(error));
    }
  }

  protected reloadSlots(): void {
    const lecturer = this.lecturer();
    if (lecturer) void this.loadSlots(lecturer, this.dates(), this.myZone());
  }

  protected week(step: 1 | -1): void {
    this.monday.set(addDays(this.shownMonday(), 7 * step));
  }

  protected book(slot: Slot): void {
    const lecturer = this.lecturer();
    if (lecturer === null || !this.canBook()) return;
    const data: BookingDialogData = { lecturer, slot, viewerZone: this.myZone() };
    const ref = this.dialog.open<BookingDialogComponent, BookingDialogData, Booking>(BookingDialogComponent, {
      data,
      width: 'min(36rem, calc(100vw - 2rem))',
      maxWidth: '100vw',
    });
    ref.afterClosed().subscribe((booking) => {
      if (!booking) return;
      this.booked.set({ booking, lecturer });
      this.reloadSlots();
      void this.loadHeld();
    });
  }

  /** Best effort: without it, booking a slot twice is still refused by the server. */
  private async loadHeld(): Promise<void> {
    if (!this.canBook()) return;
    try {
      const { items } = await this.api.bookings();
      const lecturerId = this.lecturer()?.id;
      this.held.set(
        items
          .filter((booking) => booking.lecturer.id === lecturerId && booking.status !== 'cancelled')
          .map((booking) => booking.start),
      );
    } catch {
      // The calendar still works; the server refuses a second place in a slot.
    }
  }

  private async loadSlots(lecturer: LecturerSummary, dates: readonly string[], zone: string): Promise<void> {
    const ticket = ++this.ticket;
    const { from, to } = rangeOfDates(dates, zone);
    const key = `${lecturer.id}|${from}`;
    this.slotsError.set(null);
    // Another week starts empty; the same week keeps its slots (and the focused one) until the new answer.
    if (key !== this.shownKey) this.slots.set(null);
    this.shownKey = key;
    try {
      const slots = await this.api.lecturerSlots(lecturer.id, from, to);
      if (ticket === this.ticket) this.slots.set(slots);
    } catch (error) {
      if (ticket === this.ticket) this.slotsError.set(errorMessageFor(error));
    }
  }
}
