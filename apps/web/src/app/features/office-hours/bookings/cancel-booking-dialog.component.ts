/**
 * Cancelling a booking: the learner confirms; the lecturer may add a
 * message for the learner. The call is made here, so a refusal (too late,
 * 409) is shown in the dialog; it closes with true once cancelled.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Booking } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { errorCodeOf, type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { slotTimes } from '../shared/slot-times';
import { formatCalendarDate } from '../time-zones';
import type { BookingSide } from './booking-rules';

export const CANCEL_MESSAGE_MAX_LENGTH = 2000;

export interface CancelBookingDialogData {
  booking: Booking;
  side: BookingSide;
  viewerZone: string;
}

/** What the dialog closes with: cancelled, or refused as too late (the page then locks the booking). */
export type CancelOutcome = 'cancelled' | 'tooLate';

@Component({
  selector: 'kl-cancel-booking-dialog',
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
    <h2 mat-dialog-title>{{ 'bookings.cancelDialog.heading' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="cancel-dialog">
      <mat-dialog-content>
        <p>{{ 'bookings.cancelDialog.text' | t: { when: when(), name: otherName } }}</p>
        @let failure = error();
        <kl-form-error [message]="failure ? (failure.key | t: failure.params) : null" />
        @if (data.side === 'lecturer') {
          <mat-form-field appearance="outline" class="message">
            <mat-label>{{ 'bookings.cancelDialog.message' | t }}</mat-label>
            <textarea matInput formControlName="message" rows="3" [maxlength]="max" data-testid="cancel-message"></textarea>
            <mat-hint>{{ 'bookings.cancelDialog.messageHint' | t: { name: otherName } }}</mat-hint>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'bookings.cancelDialog.keep' | t }}</button>
        <button mat-flat-button type="submit" data-testid="cancel-confirm" disabledInteractive [disabled]="sending()">
          {{ (sending() ? 'bookings.cancelDialog.sending' : 'bookings.cancelDialog.confirm') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelBookingDialogComponent {
  protected readonly data = inject<CancelBookingDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<CancelBookingDialogComponent, CancelOutcome>>(MatDialogRef);
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18nService);

  protected readonly max = CANCEL_MESSAGE_MAX_LENGTH;
  protected readonly otherName =
    this.data.side === 'lecturer' ? this.data.booking.learner.displayName : this.data.booking.lecturer.displayName;
  private readonly times = slotTimes(this.data.booking, this.data.viewerZone, this.data.booking.lecturer.timeZone);
  protected readonly when = computed(
    () => `${formatCalendarDate(this.times.date, this.i18n.locale(), 'full')} ${this.times.start}`,
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    message: ['', Validators.maxLength(CANCEL_MESSAGE_MAX_LENGTH)],
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);

  protected async submit(): Promise<void> {
    if (this.sending() || this.form.invalid) return;
    this.sending.set(true);
    this.error.set(null);
    const message = this.form.controls.message.value.trim();
    try {
      await this.api.cancelBooking(this.data.booking.id, message === '' ? {} : { message });
      this.dialog.close('cancelled');
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT' && this.data.side === 'learner') {
        this.dialog.close('tooLate');
        return;
      }
      this.error.set(errorMessageFor(error));
    } finally {
      this.sending.set(false);
    }
  }
}
