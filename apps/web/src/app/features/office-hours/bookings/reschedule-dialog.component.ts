/**
 * Moving a booking to another free slot of the same lecturer: the current
 * time, a week of the lecturer's free slots on the viewer's clock (the
 * current one marked), then "Move to …". The move is atomic on the server:
 * if someone took the new slot meanwhile (409 SLOT_TAKEN) the dialog says
 * so, keeps the old booking, and shows the week again. Closes with the
 * moved booking.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import type { Booking, Slot } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { errorCodeOf, type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { SlotCalendarComponent } from '../shared/slot-calendar.component';
import { slotTimes } from '../shared/slot-times';
import { weekLabel } from '../shared/week-label';
import {
  addDays,
  formatCalendarDate,
  groupByLocalDate,
  mondayOf,
  rangeOfDates,
  todayIn,
  wallClockAt,
  weekDates,
} from '../time-zones';

export interface RescheduleDialogData {
  booking: Booking;
  viewerZone: string;
}

@Component({
  selector: 'kl-reschedule-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, FormErrorComponent, SlotCalendarComponent],
  template: `
    <h2 mat-dialog-title>{{ 'bookings.reschedule.heading' | t: { name: data.booking.lecturer.displayName } }}</h2>
    <mat-dialog-content data-testid="reschedule-dialog">
      <p>{{ 'bookings.reschedule.current' | t: { when: describe(data.booking) } }}</p>
      @let failure = error();
      <kl-form-error [message]="failure ? (failure.key | t: failure.params) : null" />
      <nav class="pager" [attr.aria-label]="'officeHours.book.weeks' | t">
        <button mat-stroked-button type="button" disabledInteractive [disabled]="!canGoBack()" (click)="week(-1)">
          {{ 'officeHours.book.previousWeek' | t }}
        </button>
        <p class="week-label" aria-live="polite">{{ weekText() }}</p>
        <button mat-stroked-button type="button" data-testid="reschedule-next-week" (click)="week(1)">
          {{ 'officeHours.book.nextWeek' | t }}
        </button>
      </nav>
      @if (slots() === null) {
        <p role="status">{{ 'officeHours.book.loadingSlots' | t }}</p>
      } @else {
        <kl-slot-calendar
          [days]="days()"
          [viewerZone]="data.viewerZone"
          [lecturerZone]="data.booking.lecturer.timeZone"
          [today]="today"
          [held]="[data.booking.start]"
          [disabled]="sending()"
          [waitlist]="false"
          [label]="'bookings.reschedule.calendarLabel' | t: { week: weekText() }"
          (choose)="chosen.set($event)"
        />
      }
      <div class="choice" aria-live="polite">
        @if (chosen(); as slot) {
          <p>{{ 'bookings.reschedule.moveTo' | t: { when: describe(slot) } }}</p>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'bookings.reschedule.close' | t }}</button>
      <button
        mat-flat-button
        type="button"
        data-testid="reschedule-confirm"
        disabledInteractive
        [disabled]="chosen() === null || sending()"
        (click)="move()"
      >
        {{ (sending() ? 'bookings.reschedule.moving' : 'bookings.reschedule.confirm') | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-bottom: 0.5rem;
    }
    .week-label {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .choice p {
      margin: 0.75rem 0 0;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RescheduleDialogComponent {
  protected readonly data = inject<RescheduleDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<RescheduleDialogComponent, Booking>>(MatDialogRef);
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18nService);

  protected readonly today = todayIn(this.data.viewerZone);
  private readonly firstMonday = mondayOf(this.today);
  private readonly bookingMonday = mondayOf(wallClockAt(this.data.booking.start, this.data.viewerZone).date);
  /** Open on the booking's own week. */
  protected readonly monday = signal(this.bookingMonday < this.firstMonday ? this.firstMonday : this.bookingMonday);
  protected readonly dates = computed(() => weekDates(this.monday()));
  protected readonly weekText = computed(() => weekLabel(this.monday(), this.i18n.locale()));
  protected readonly canGoBack = computed(() => this.monday() > this.firstMonday);
  protected readonly slots = signal<readonly Slot[] | null>(null);
  protected readonly days = computed(() =>
    groupByLocalDate(this.slots() ?? [], this.dates(), this.data.viewerZone).map((day) => ({
      date: day.date,
      slots: day.items,
    })),
  );
  protected readonly chosen = signal<Slot | null>(null);
  protected readonly sending = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  private ticket = 0;

  constructor() {
    effect(() => {
      const dates = this.dates();
      untracked(() => void this.load(dates));
    });
  }

  protected week(step: 1 | -1): void {
    this.monday.set(addDays(this.monday(), 7 * step));
  }

  protected describe(slot: { start: string; end: string }): string {
    const times = slotTimes(slot, this.data.viewerZone, this.data.booking.lecturer.timeZone);
    const day = formatCalendarDate(times.date, this.i18n.locale(), 'full');
    return times.other
      ? `${day}, ${times.start}–${times.end} (${times.other.city} ${times.other.start})`
      : `${day}, ${times.start}–${times.end}`;
  }

  protected async move(): Promise<void> {
    const slot = this.chosen();
    if (slot === null || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    try {
      const moved = await this.api.rescheduleBooking(this.data.booking.id, { start: slot.start });
      this.dialog.close(moved);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'SLOT_TAKEN') {
        this.error.set({ key: 'bookings.reschedule.taken', params: { when: this.describe(this.data.booking) } });
      } else if (code === 'CONFLICT') {
        this.error.set({ key: 'bookings.reschedule.tooLate' });
      } else {
        this.error.set(errorMessageFor(error));
      }
      this.chosen.set(null);
      void this.load(this.dates(), true);
    } finally {
      this.sending.set(false);
    }
  }

  /** `keep`: the same week again, so its slots (and focus) stay until the new answer. */
  private async load(dates: readonly string[], keep = false): Promise<void> {
    const ticket = ++this.ticket;
    if (!keep) this.slots.set(null);
    try {
      const { from, to } = rangeOfDates(dates, this.data.viewerZone);
      const slots = await this.api.lecturerSlots(this.data.booking.lecturer.id, from, to);
      if (ticket === this.ticket) this.slots.set(slots);
    } catch (error) {
      if (ticket === this.ticket) {
        this.slots.set([]);
        this.error.set(errorMessageFor(error));
      }
    }
  }
}
