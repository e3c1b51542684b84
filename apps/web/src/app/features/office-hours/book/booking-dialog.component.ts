/**
 * Booking one slot: the slot's full date and times (the viewer's and the
 * lecturer's clock), an optional question for the lecturer, and Book (or
 * Join the waiting list for a full slot). When someone else took the last
 * place meanwhile (409 SLOT_TAKEN) it says so and offers the waiting list.
 * A Material dialog: focus stays inside while open and returns to the slot
 * after.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Booking, LecturerSummary, Slot } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { errorCodeOf, type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { slotTimes } from '../shared/slot-times';
import { formatCalendarDate } from '../time-zones';

export const QUESTION_MAX_LENGTH = 1000;

export interface BookingDialogData {
  lecturer: LecturerSummary;
  slot: Slot;
  viewerZone: string;
}

@Component({
  selector: 'kl-booking-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormErrorComponent,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ (waitlist() ? 'officeHours.book.waitlistHeading' : 'officeHours.book.heading') | t: { name: data.lecturer.displayName } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="booking-dialog">
      <mat-dialog-content>
        <p class="when" data-testid="booking-when">
          <strong>{{ day() }}</strong><br />
          {{ 'officeHours.book.time' | t: { start: times.start, end: times.end, city: times.city } }}
          @if (times.other; as other) {
            <br />
            <span class="other">{{
              'officeHours.book.otherTime' | t: { name: data.lecturer.displayName, start: other.start, end: other.end, city: other.city }
            }}</span>
          }
        </p>
        @if (waitlist()) {
          <p class="note">{{ 'officeHours.book.waitlistNote' | t: { waiting: data.slot.waiting } }}</p>
        }
        @let failure = error();
        <kl-form-error [message]="failure ? (failure.key | t: failure.params) : null" />
        <mat-form-field appearance="outline" class="question" subscriptSizing="dynamic">
          <mat-label>{{ 'officeHours.book.question' | t }}</mat-label>
          <textarea matInput formControlName="question" rows="4" [maxlength]="max" data-testid="booking-question"></textarea>
          <mat-hint>{{ 'officeHours.book.questionHint' | t }}</mat-hint>
          <mat-hint align="end" class="counter">{{ 'officeHours.book.counter' | t: { count: length(), max: max } }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'officeHours.book.cancel' | t }}</button>
        <button mat-flat-button type="submit" data-testid="booking-submit" disabledInteractive [disabled]="sending()">
          {{ (sending() ? 'officeHours.book.sending' : waitlist() ? 'officeHours.book.joinWaitlist' : 'officeHours.book.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .when {
      margin: 0 0 1rem;
      font: var(--mat-sys-body-large);
    }
    .other,
    .note {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .question {
      width: 100%;
    }
    .counter {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingDialogComponent {
  protected readonly data = inject<BookingDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<BookingDialogComponent, Booking>>(MatDialogRef);
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18nService);

  protected readonly max = QUESTION_MAX_LENGTH;
  protected readonly times = slotTimes(this.data.slot, this.data.viewerZone, this.data.lecturer.timeZone);
  protected readonly day = computed(() => formatCalendarDate(this.times.date, this.i18n.locale(), 'full'));
  protected readonly form = inject(NonNullableFormBuilder).group({
    question: ['', Validators.maxLength(QUESTION_MAX_LENGTH)],
  });
  private readonly question = toSignal(this.form.controls.question.valueChanges, { initialValue: '' });
  protected readonly length = computed(() => this.question().length);
  /** A full slot, or one that filled up while the dialog was open: the waiting list is what is offered. */
  protected readonly waitlist = signal(this.data.slot.remaining === 0);
  protected readonly sending = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);

  protected async submit(): Promise<void> {
    if (this.sending() || this.form.invalid) return;
    this.sending.set(true);
    this.error.set(null);
    const question = this.form.controls.question.value.trim();
    try {
      const booking = await this.api.createBooking({
        lecturerId: this.data.lecturer.id,
        start: this.data.slot.start,
        ...(question === '' ? {} : { question }),
        ...(this.waitlist() ? { waitlist: true } : {}),
      });
      this.dialog.close(booking);
    } catch (error) {
      if (errorCodeOf(error) === 'SLOT_TAKEN' && !this.waitlist()) {
        this.waitlist.set(true);
        this.error.set({ key: 'officeHours.book.takenOfferWaitlist' });
      } else {
        this.error.set(errorMessageFor(error));
      }
    } finally {
      this.sending.set(false);
    }
  }
}
