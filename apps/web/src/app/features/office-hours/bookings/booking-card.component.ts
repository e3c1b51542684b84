/**
 * One booking as its viewer sees it: the date and times on their clock (the
 * lecturer's beside them when another), with whom, its state (confirmed,
 * place on the waiting list, cancelled and by whom, with the lecturer's
 * message), the learner's question, and what can be done: join the room
 * once it is open, move or cancel (a learner, until the cut-off, else the
 * reason), cancel with a message (the lecturer). Presentational.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Booking } from '@klasteris/contracts';

import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { slotTimes } from '../shared/slot-times';
import { formatCalendarDate } from '../time-zones';
import type { BookingSide, LockReason } from './booking-rules';

const LOCK_KEYS: Readonly<Record<LockReason, TranslationKey>> = {
  cancelled: 'bookings.lock.cancelled',
  started: 'bookings.lock.started',
  cutoff: 'bookings.lock.cutoff',
};

@Component({
  selector: 'kl-booking-card',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    @let item = booking();
    @let when = times();
    <article class="booking" [class.cancelled]="item.status === 'cancelled'" [class.highlight]="highlight()" data-testid="booking" [attr.aria-labelledby]="'booking-' + item.id">
      <h3 class="when" [id]="'booking-' + item.id">
        <span data-testid="booking-date">{{ day() }}</span>,
        <span data-testid="booking-time">{{ when.start }}–{{ when.end }}</span>
        <span class="zone">{{ 'bookings.zoneTime' | t: { city: when.city } }}</span>
      </h3>
      @if (when.other; as other) {
        <p class="other" data-testid="booking-other-time">
          {{ 'bookings.otherTime' | t: { city: other.city, start: other.start, end: other.end } }}
        </p>
      }
      <p class="with">
        @if (side() === 'lecturer') {
          {{ 'bookings.withLearner' | t: { name: item.learner.displayName } }}
          @if (item.learner.organisationName) {
            · {{ item.learner.organisationName }}
          }
        } @else {
          {{ 'bookings.withLecturer' | t: { name: item.lecturer.displayName } }}
        }
      </p>
      <p class="state" data-testid="booking-status">
        @switch (item.status) {
          @case ('confirmed') {
            <span class="chip">{{ 'bookings.status.confirmed' | t }}</span>
          }
          @case ('waiting') {
            <span class="chip waiting">{{ 'bookings.status.waiting' | t: { position: item.waitingPosition ?? '?' } }}</span>
          }
          @case ('cancelled') {
            <span class="chip">{{
              (item.cancelledBy === 'lecturer' ? 'bookings.status.cancelledByLecturer' : 'bookings.status.cancelledByLearner') | t
            }}</span>
          }
        }
      </p>
      @if (item.cancelMessage) {
        <blockquote class="message" data-testid="booking-cancel-message">
          {{ 'bookings.cancelMessage' | t: { message: item.cancelMessage } }}
        </blockquote>
      }
      @if (item.question) {
        <div class="question">
          <p class="label">{{ (side() === 'lecturer' ? 'bookings.theirQuestion' : 'bookings.yourQuestion') | t }}</p>
          <p class="text" data-testid="booking-question">{{ item.question }}</p>
        </div>
      }
      @if (!past() && item.status !== 'cancelled') {
        <div class="actions">
          @if (item.status === 'confirmed') {
            @if (item.roomId) {
              <a mat-flat-button [routerLink]="['/consultations', item.roomId]" data-testid="join-room">{{ 'bookings.join' | t }}</a>
            } @else {
              <button mat-flat-button type="button" disabled data-testid="join-room" [attr.aria-describedby]="'join-hint-' + item.id">
                {{ 'bookings.join' | t }}
              </button>
            }
          }
          @if (side() === 'learner') {
            @if (item.status === 'confirmed') {
              <button mat-stroked-button type="button" data-testid="reschedule" disabledInteractive [disabled]="lock() !== null" [attr.aria-describedby]="lock() ? 'lock-' + item.id : null" (click)="reschedule.emit(item)">
                {{ 'bookings.reschedule.open' | t }}
              </button>
            }
            <button mat-stroked-button type="button" data-testid="cancel" disabledInteractive [disabled]="lock() !== null" [attr.aria-describedby]="lock() ? 'lock-' + item.id : null" (click)="cancelBooking.emit(item)">
              {{ (item.status === 'waiting' ? 'bookings.leaveWaitlist' : 'bookings.cancel') | t }}
            </button>
          } @else {
            <button mat-stroked-button type="button" data-testid="cancel" (click)="cancelBooking.emit(item)">
              {{ 'bookings.cancel' | t }}
            </button>
          }
        </div>
        @if (item.status === 'confirmed' && !item.roomId) {
          <p class="hint" [id]="'join-hint-' + item.id">{{ 'bookings.joinHint' | t }}</p>
        }
        @if (side() === 'learner' && lock(); as reason) {
          <p class="hint" [id]="'lock-' + item.id" data-testid="lock-reason">{{ lockKeys[reason] | t }}</p>
        }
      }
    </article>
  `,
  styles: `
    .booking {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .booking.highlight {
      border: 2px solid var(--mat-sys-primary);
    }
    .booking.cancelled .when {
      text-decoration: line-through;
    }
    .when {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .zone {
      margin-inline-start: 0.375rem;
    }
    .zone,
    .other,
    .with,
    .hint,
    .label {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .other,
    .with,
    .state {
      margin: 0.25rem 0 0;
    }
    .chip {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .chip.waiting {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .message {
      margin: 0.5rem 0 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--mat-sys-outline);
    }
    .question {
      margin-top: 0.5rem;
    }
    .label,
    .text {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
    .hint {
      margin: 0.25rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingCardComponent {
  private readonly i18n = inject(I18nService);

  readonly booking = input.required<Booking>();
  readonly side = input.required<BookingSide>();
  readonly viewerZone = input.required<string>();
  /** Why a learner may no longer change it, or null. */
  readonly lock = input<LockReason | null>(null);
  readonly past = input(false);
  readonly highlight = input(false);

  readonly cancelBooking = output<Booking>();
  readonly reschedule = output<Booking>();

  protected readonly lockKeys = LOCK_KEYS;
  protected readonly times = computed(() =>
    slotTimes(this.booking(), this.viewerZone(), this.booking().lecturer.timeZone),
  );
  protected readonly day = computed(() => formatCalendarDate(this.times().date, this.i18n.locale(), 'full'));
}
