/**
 * A week of free slots as a keyboard grid: one column per day (stacked on a
 * phone), one button per slot, on the viewer's clock with the lecturer's
 * beside it. Only one slot is in the tab order; the arrow keys move between
 * slots (up and down within a day, left and right across days), Home and End
 * to a day's first and last. Each button's accessible name says the full
 * date, the times, the zones and the places left. Full slots offer the
 * waiting list. Presentational: days in, the chosen slot out.
 */
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal } from '@angular/core';
import type { Slot } from '@klasteris/contracts';

import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatCalendarDate } from '../time-zones';
import { slotTimes, type SlotTimes } from './slot-times';

export interface CalendarDay {
  /** `YYYY-MM-DD` on the viewer's clock. */
  date: string;
  slots: readonly Slot[];
}

interface ShownSlot {
  slot: Slot;
  times: SlotTimes;
  label: string;
  current: boolean;
}

interface ShownDay {
  date: string;
  heading: string;
  today: boolean;
  slots: ShownSlot[];
}

@Component({
  selector: 'kl-slot-calendar',
  imports: [TranslatePipe],
  template: `
    <div class="week" role="group" [attr.aria-label]="label()" (keydown)="move($event)">
      @for (day of shown(); track day.date; let dayIndex = $index) {
        <section class="day" [class.today]="day.today" [attr.aria-labelledby]="idPrefix + '-' + day.date" data-testid="calendar-day">
          <h3 class="day-heading" [id]="idPrefix + '-' + day.date">
            {{ day.heading }}
            @if (day.today) {
              <span class="today-mark">{{ 'officeHours.calendar.today' | t }}</span>
            }
          </h3>
          @if (day.slots.length === 0) {
            <p class="none">{{ 'officeHours.calendar.noSlots' | t }}</p>
          } @else {
            <ul class="slots">
              @for (item of day.slots; track item.slot.start; let slotIndex = $index) {
                <li>
                  <button
                    type="button"
                    class="slot"
                    data-testid="slot"
                    [class.full]="item.slot.remaining === 0"
                    [class.current]="item.current"
                    [attr.data-day]="dayIndex"
                    [attr.data-index]="slotIndex"
                    [attr.data-start]="item.slot.start"
                    [attr.aria-label]="item.label"
                    [attr.aria-disabled]="item.current || disabled() || (item.slot.remaining === 0 && !waitlist()) ? 'true' : null"
                    [tabIndex]="isActive(dayIndex, slotIndex) ? 0 : -1"
                    (focus)="active.set({ day: dayIndex, index: slotIndex })"
                    (click)="pick(item)"
                  >
                    <span class="time" aria-hidden="true">{{ item.times.start }}</span>
                    @if (item.times.other; as other) {
                      <span class="other" aria-hidden="true">({{ other.city }} {{ other.start }})</span>
                    }
                    <span class="places" aria-hidden="true">
                      @if (item.current) {
                        {{ 'officeHours.calendar.current' | t }}
                      } @else if (item.slot.remaining === 0) {
                        {{ (waitlist() ? 'officeHours.calendar.fullShort' : 'officeHours.calendar.full') | t }}
                      } @else if (item.slot.capacity > 1) {
                        {{ 'officeHours.calendar.placesShort' | t: { remaining: item.slot.remaining } }}
                      } @else {
                        {{ 'officeHours.calendar.free' | t }}
                      }
                    </span>
                  </button>
                </li>
              }
            </ul>
          }
        </section>
      }
    </div>
  `,
  styles: `
    .week {
      display: grid;
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: 0.5rem;
    }
    @media (max-width: 56rem) {
      .week {
        grid-template-columns: 1fr;
      }
    }
    .day {
      min-width: 0;
      padding: 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .day.today {
      border-color: var(--mat-sys-primary);
    }
    .day-heading {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .today-mark {
      display: block;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-primary);
    }
    .none {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .slots {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .slot {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.375rem;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--mat-sys-primary);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .slot:hover {
      background: var(--mat-sys-primary-container);
    }
    .slot.full {
      border-style: dashed;
      border-color: var(--mat-sys-outline);
    }
    .slot.current {
      background: var(--mat-sys-secondary-container);
      cursor: default;
    }
    .time {
      font: var(--mat-sys-title-small);
    }
    .other,
    .places {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .places {
      flex-basis: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlotCalendarComponent {
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private static nextId = 0;
  protected readonly idPrefix = `kl-slot-day-${SlotCalendarComponent.nextId++}`;

  readonly days = input.required<readonly CalendarDay[]>();
  /** The viewer's zone: dates and times are on this clock. */
  readonly viewerZone = input.required<string>();
  readonly lecturerZone = input.required<string>();
  /** Today on the viewer's clock, marked. */
  readonly today = input<string | null>(null);
  /** Starts of slots the viewer already holds (booked or waiting, or the booking being moved): shown, not offered. */
  readonly held = input<readonly string[]>([]);
  readonly disabled = input(false);
  /** Whether a full slot offers its waiting list (booking) or is not offered (moving a booking). */
  readonly waitlist = input(true);
  /** The grid's accessible name. */
  readonly label = input.required<string>();

  readonly choose = output<Slot>();

  protected readonly active = signal<{ day: number; index: number } | null>(null);

  protected readonly shown = computed<ShownDay[]>(() => {
    const locale = this.i18n.locale();
    const viewerZone = this.viewerZone();
    const lecturerZone = this.lecturerZone();
    const held = new Set(this.held().map((start) => Date.parse(start)));
    return this.days().map((day) => ({
      date: day.date,
      heading: formatCalendarDate(day.date, locale),
      today: day.date === this.today(),
      slots: day.slots.map((slot) => {
        const times = slotTimes(slot, viewerZone, lecturerZone);
        const isCurrent = held.has(Date.parse(slot.start));
        return { slot, times, current: isCurrent, label: this.describe(slot, times, isCurrent) };
      }),
    }));
  });

  /** The first slot takes the tab stop until another one has had focus. */
  protected isActive(day: number, index: number): boolean {
    const active = this.active();
    const days = this.shown();
    if (active !== null && days[active.day]?.slots[active.index]) return active.day === day && active.index === index;
    const first = days.findIndex((candidate) => candidate.slots.length > 0);
    return day === first && index === 0;
  }

  protected pick(item: ShownSlot): void {
    if (item.current || this.disabled() || (item.slot.remaining === 0 && !this.waitlist())) return;
    this.choose.emit(item.slot);
  }

  protected move(event: KeyboardEvent): void {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.dataset['day'] === undefined) return;
    const day = Number(target.dataset['day']);
    const index = Number(target.dataset['index']);
    const days = this.shown();
    let next: { day: number; index: number } | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1 < days[day].slots.length ? { day, index: index + 1 } : null;
        break;
      case 'ArrowUp':
        next = index > 0 ? { day, index: index - 1 } : null;
        break;
      case 'Home':
        next = { day, index: 0 };
        break;
      case 'End':
        next = { day, index: days[day].slots.length - 1 };
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        const step = event.key === 'ArrowRight' ? 1 : -1;
        for (let other = day + step; other >= 0 && other < days.length; other += step) {
          const count = days[other].slots.length;
          if (count > 0) {
            next = { day: other, index: Math.min(index, count - 1) };
            break;
          }
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next === null) return;
    this.active.set(next);
    this.host.nativeElement
      .querySelector<HTMLElement>(`[data-day="${next.day}"][data-index="${next.index}"]`)
      ?.focus();
  }

  private describe(slot: Slot, times: SlotTimes, current: boolean): string {
    const t = (key: Parameters<I18nService['translate']>[0], params?: Parameters<I18nService['translate']>[1]) =>
      this.i18n.translate(key, params);
    const zone = times.other
      ? t('officeHours.slot.zoneBoth', { city: times.city, otherCity: times.other.city, otherStart: times.other.start })
      : t('officeHours.slot.zoneOne', { city: times.city });
    let places: string;
    if (current) places = t('officeHours.slot.current');
    else if (slot.remaining === 0 && !this.waitlist()) places = t('officeHours.slot.fullNoWaitlist');
    else if (slot.remaining === 0) places = t('officeHours.slot.full', { waiting: slot.waiting });
    else places = t('officeHours.slot.placesLeft', { remaining: slot.remaining, capacity: slot.capacity });
    return t('officeHours.slot.label', {
      date: formatCalendarDate(times.date, this.i18n.locale(), 'full'),
      start: times.start,
      end: times.end,
      zone,
      places,
    });
  }
}
