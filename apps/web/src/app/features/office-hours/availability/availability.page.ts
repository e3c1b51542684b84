/**
 * `/office-hours/availability` (lecturers, admins): weekly windows per
 * weekday in the lecturer's own time zone, slot length, places per slot,
 * minimum notice, how far ahead booking opens, the cancel cut-off, and
 * exceptions (a day off, or an extra window on a date). A preview of the
 * week's slots is computed here as the lecturer types; after saving, the
 * slots the API actually publishes for that week are shown beside it. The
 * settings and rows the server refused are marked in place.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type FormArray,
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type {
  AvailabilityException,
  OfficeHours,
  Slot,
  UpdateOfficeHoursRequest,
  Weekday,
  WeeklyWindow,
} from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { browserTimeZone } from '../../../core/i18n/date-time-format';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { previewSlots, type WindowProblem, windowProblem } from '../availability-preview';
import { weekLabel } from '../shared/week-label';
import {
  addDays,
  groupByLocalDate,
  isCalendarDate,
  mondayOf,
  PREFERRED_TIME_ZONES,
  rangeOfDates,
  supportedTimeZones,
  tidyWallTime,
  timeZoneChoices,
  todayIn,
  wallTime,
  weekDates,
  zoneCity,
} from '../time-zones';
import { NO_REFUSALS, type OfficeHoursRefusals, officeHoursRefusals } from './refusals';
import { type PreviewDay, WeekPreviewComponent } from './week-preview.component';

type WindowGroup = FormGroup<{ weekday: FormControl<Weekday>; start: FormControl<string>; end: FormControl<string> }>;
type ExceptionGroup = FormGroup<{
  date: FormControl<string>;
  kind: FormControl<'off' | 'extra'>;
  start: FormControl<string>;
  end: FormControl<string>;
}>;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAY_KEYS: Readonly<Record<Weekday, TranslationKey>> = {
  1: 'officeHours.weekdays.1',
  2: 'officeHours.weekdays.2',
  3: 'officeHours.weekdays.3',
  4: 'officeHours.weekdays.4',
  5: 'officeHours.weekdays.5',
  6: 'officeHours.weekdays.6',
  7: 'officeHours.weekdays.7',
};
const PROBLEM_KEYS: Readonly<Record<WindowProblem | 'dateInvalid' | 'refused', TranslationKey>> = {
  startInvalid: 'officeHours.editor.problems.startInvalid',
  endInvalid: 'officeHours.editor.problems.endInvalid',
  endBeforeStart: 'officeHours.editor.problems.endBeforeStart',
  tooShort: 'officeHours.editor.problems.tooShort',
  overlap: 'officeHours.editor.problems.overlap',
  dateInvalid: 'officeHours.editor.problems.dateInvalid',
  refused: 'officeHours.editor.problems.refused',
};
export const SLOT_LENGTHS: readonly number[] = [15, 20, 30, 45, 60, 90, 120];
/** As the API fills in what a request leaves out; its limits are the validators' below. */
const DEFAULTS = {
  slotMinutes: 30,
  capacity: 1,
  minNoticeMinutes: 60,
  bookingHorizonDays: 60,
  cancelCutoffMinutes: 120,
};
const MAX_NOTICE_MINUTES = 14 * 24 * 60;
/** The settings a refusal may name, beside the rows. */
const SETTINGS = ['timeZone', 'slotMinutes', 'capacity', 'minNoticeMinutes', 'bookingHorizonDays', 'cancelCutoffMinutes'] as const;

@Component({
  selector: 'kl-availability-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
    FormErrorComponent,
    WeekPreviewComponent,
  ],
  templateUrl: './availability.page.html',
  styleUrl: './availability.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AvailabilityPage {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly builder = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18nService);

  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayKeys = WEEKDAY_KEYS;
  protected readonly problemKeys = PROBLEM_KEYS;
  protected readonly slotLengths = SLOT_LENGTHS;
  private readonly profileZone = computed(() => this.auth.user()?.timeZone ?? browserTimeZone());

  protected readonly form = this.builder.group({
    timeZone: [this.profileZone(), Validators.required],
    slotMinutes: [DEFAULTS.slotMinutes, [Validators.required, Validators.min(5), Validators.max(240)]],
    capacity: [DEFAULTS.capacity, [Validators.required, Validators.min(1), Validators.max(50)]],
    minNoticeMinutes: [DEFAULTS.minNoticeMinutes, [Validators.required, Validators.min(0), Validators.max(MAX_NOTICE_MINUTES)]],
    bookingHorizonDays: [DEFAULTS.bookingHorizonDays, [Validators.required, Validators.min(1), Validators.max(366)]],
    cancelCutoffMinutes: [DEFAULTS.cancelCutoffMinutes, [Validators.required, Validators.min(0), Validators.max(MAX_NOTICE_MINUTES)]],
    weekly: this.builder.array<WindowGroup>([]),
    exceptions: this.builder.array<ExceptionGroup>([]),
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });

  protected readonly zones = computed(() => timeZoneChoices(supportedTimeZones(), this.value().timeZone));
  protected readonly zone = computed(() => this.value().timeZone ?? this.profileZone());
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ErrorMessage | null>(null);
  protected readonly status = signal<ErrorMessage | null>(null);
  protected readonly refusals = signal<OfficeHoursRefusals>(NO_REFUSALS);
  protected readonly saved = signal<OfficeHours | null>(null);
  protected readonly showProblems = signal(false);

  /** Rows of each weekday, with their index in the weekly array (the index a refusal names). */
  protected readonly rows = computed(() => {
    const weekly = this.value().weekly ?? [];
    const slot = Number(this.value().slotMinutes) || 0;
    const refused = this.refusals().weekly;
    return new Map(
      WEEKDAYS.map((weekday) => {
        const indexes = weekly.flatMap((row, index) => (row.weekday === weekday ? [index] : []));
        return [
          weekday,
          indexes.map((index) => {
            const row = weekly[index];
            const others = indexes
              .filter((other) => other !== index)
              .map((other) => ({ start: weekly[other].start ?? '', end: weekly[other].end ?? '' }));
            const problem = windowProblem({ start: row.start ?? '', end: row.end ?? '' }, others, slot);
            return { index, problem: problem ?? (refused.has(index) ? ('refused' as const) : null) };
          }),
        ];
      }),
    );
  });

  protected readonly exceptionRows = computed(() => {
    const slot = Number(this.value().slotMinutes) || 0;
    const refused = this.refusals().exceptions;
    return (this.value().exceptions ?? []).map((row, index) => {
      let problem: WindowProblem | 'dateInvalid' | 'refused' | null = null;
      if (!isCalendarDate(row.date ?? '')) problem = 'dateInvalid';
      else if (row.kind === 'extra') problem = windowProblem({ start: row.start ?? '', end: row.end ?? '' }, [], slot);
      return { index, kind: row.kind ?? 'off', problem: problem ?? (refused.has(index) ? ('refused' as const) : null) };
    });
  });

  protected readonly hasProblems = computed(
    () =>
      [...this.rows().values()].some((rows) => rows.some((row) => row.problem !== null && row.problem !== 'refused')) ||
      this.exceptionRows().some((row) => row.problem !== null && row.problem !== 'refused'),
  );

  // The preview: a week on the lecturer's clock.
  private readonly firstMonday = computed(() => mondayOf(todayIn(this.zone())));
  protected readonly previewMonday = signal<string | null>(null);
  protected readonly shownMonday = computed(() => this.previewMonday() ?? this.firstMonday());
  protected readonly weekText = computed(() => weekLabel(this.shownMonday(), this.i18n.locale()));
  /** Beside each slot, the other programme zone's time ("Vilnius 11:00" for an Oslo lecturer). */
  private readonly otherZone = computed(() =>
    this.zone() === PREFERRED_TIME_ZONES[0] ? PREFERRED_TIME_ZONES[1] : PREFERRED_TIME_ZONES[0],
  );

  protected readonly preview = computed<PreviewDay[]>(() => {
    const value = this.value();
    const zone = this.zone();
    const other = this.otherZone();
    const dates = weekDates(this.shownMonday());
    const rows = this.rows();
    const exceptionRows = this.exceptionRows();
    const weekly = (value.weekly ?? []).filter((_, index) =>
      [...rows.values()].some((list) => list.some((row) => row.index === index && row.problem === null)),
    ) as WeeklyWindow[];
    const exceptions = toExceptions(
      (value.exceptions ?? []).filter((_, index) => exceptionRows[index]?.problem === null),
    );
    const slots = previewSlots({ timeZone: zone, weekly, slotMinutes: Number(value.slotMinutes) || 0, exceptions }, dates);
    return dates.map((date) => ({
      date,
      items: slots
        .filter((slot) => slot.date === date)
        .map((slot) => ({
          key: slot.start,
          time: `${slot.startTime}–${slot.endTime}`,
          detail: other === zone ? null : `${zoneCity(other)} ${wallTime(slot.start, other)}`,
        })),
    }));
  });
  protected readonly previewCount = computed(() => this.preview().reduce((sum, day) => sum + day.items.length, 0));

  /** The slots the API publishes for the shown week, after a save (null before). */
  protected readonly published = signal<readonly Slot[] | null>(null);
  protected readonly publishedError = signal<ErrorMessage | null>(null);
  protected readonly publishedDays = computed<PreviewDay[] | null>(() => {
    const slots = this.published();
    const saved = this.saved();
    if (slots === null || saved === null) return null;
    const zone = saved.timeZone;
    return groupByLocalDate(slots, weekDates(this.shownMonday()), zone).map((day) => ({
      date: day.date,
      items: day.items.map((slot) => ({
        key: slot.start,
        time: `${wallTime(slot.start, zone)}–${wallTime(slot.end, zone)}`,
        detail: this.i18n.translate('officeHours.editor.placesLeft', { remaining: slot.remaining, capacity: slot.capacity }),
      })),
    }));
  });
  private publishedTicket = 0;

  constructor() {
    void this.load();
    // The published slots follow the week shown, once something is saved.
    effect(() => {
      const saved = this.saved();
      const monday = this.shownMonday();
      if (saved === null || saved.updatedAt === null) return;
      untracked(() => void this.loadPublished(saved, monday));
    });
  }

  protected weekdayRows(weekday: Weekday) {
    return this.rows().get(weekday) ?? [];
  }

  protected get weekly(): FormArray<WindowGroup> {
    return this.form.controls.weekly;
  }

  protected get exceptions(): FormArray<ExceptionGroup> {
    return this.form.controls.exceptions;
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const hours = await this.api.officeHours();
      this.fill(hours);
      this.saved.set(hours);
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status;
      // None yet (an API that answers 404 rather than the defaults): start from ours.
      if (status !== 404) this.loadError.set(errorMessageFor(error));
    } finally {
      this.loaded.set(true);
    }
  }

  protected addWindow(weekday: Weekday): void {
    const rows = this.weekdayRows(weekday);
    const last = rows.length > 0 ? this.weekly.at(rows[rows.length - 1].index).getRawValue() : null;
    const start = last && last.end < '22:00' ? last.end : '10:00';
    const end = last && last.end < '22:00' ? addHour(last.end) : '12:00';
    this.weekly.push(this.windowGroup({ weekday, start, end }));
  }

  protected removeWindow(index: number): void {
    this.weekly.removeAt(index);
    this.refusals.set(NO_REFUSALS);
  }

  protected addException(): void {
    const date = addDays(todayIn(this.zone()), 7);
    this.exceptions.push(this.exceptionGroup({ date, kind: 'off' }));
  }

  protected removeException(index: number): void {
    this.exceptions.removeAt(index);
    this.refusals.set(NO_REFUSALS);
  }

  protected week(step: 1 | -1): void {
    this.previewMonday.set(addDays(this.shownMonday(), 7 * step));
  }

  /** "9:00" or "9.00" becomes "09:00" when the field is left; anything else stays for the check to name. */
  protected tidyTime(control: FormControl<string>): void {
    const tidy = tidyWallTime(control.value);
    if (tidy !== control.value) control.setValue(tidy);
  }

  protected refusedSetting(name: (typeof SETTINGS)[number]): boolean {
    return this.refusals().fields.has(name);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    this.showProblems.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.hasProblems()) {
      this.saveError.set({ key: 'officeHours.editor.fixFirst' });
      return;
    }
    const raw = this.form.getRawValue();
    const request: UpdateOfficeHoursRequest = {
      timeZone: raw.timeZone,
      weekly: raw.weekly,
      slotMinutes: Number(raw.slotMinutes),
      capacity: Number(raw.capacity),
      minNoticeMinutes: Number(raw.minNoticeMinutes),
      bookingHorizonDays: Number(raw.bookingHorizonDays),
      cancelCutoffMinutes: Number(raw.cancelCutoffMinutes),
      exceptions: toExceptions(raw.exceptions),
    };
    this.saving.set(true);
    this.saveError.set(null);
    this.status.set(null);
    this.refusals.set(NO_REFUSALS);
    try {
      const hours = await this.api.updateOfficeHours(request);
      this.saved.set(hours);
      this.status.set({ key: 'officeHours.editor.saved' });
    } catch (error) {
      const refusals = officeHoursRefusals(error);
      this.refusals.set(refusals);
      for (const name of SETTINGS) {
        if (refusals.fields.has(name)) {
          const control = this.form.controls[name];
          control.setErrors({ ...control.errors, refused: true });
        }
      }
      this.saveError.set(errorMessageFor(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async loadPublished(saved: OfficeHours, monday: string): Promise<void> {
    const ticket = ++this.publishedTicket;
    this.publishedError.set(null);
    try {
      const { from, to } = rangeOfDates(weekDates(monday), saved.timeZone);
      const slots = await this.api.lecturerSlots(saved.lecturerId, from, to);
      if (ticket === this.publishedTicket) this.published.set(slots);
    } catch (error) {
      if (ticket === this.publishedTicket) this.publishedError.set(errorMessageFor(error));
    }
  }

  private fill(hours: OfficeHours): void {
    this.weekly.clear({ emitEvent: false });
    for (const window of hours.weekly) this.weekly.push(this.windowGroup(window), { emitEvent: false });
    this.exceptions.clear({ emitEvent: false });
    for (const exception of hours.exceptions) this.exceptions.push(this.exceptionGroup(exception), { emitEvent: false });
    this.form.patchValue({
      timeZone: hours.timeZone,
      slotMinutes: hours.slotMinutes,
      capacity: hours.capacity,
      minNoticeMinutes: hours.minNoticeMinutes,
      bookingHorizonDays: hours.bookingHorizonDays,
      cancelCutoffMinutes: hours.cancelCutoffMinutes,
    });
  }

  private windowGroup(window: WeeklyWindow): WindowGroup {
    return this.builder.group({
      weekday: this.builder.control<Weekday>(window.weekday),
      start: [window.start],
      end: [window.end],
    });
  }

  private exceptionGroup(exception: AvailabilityException): ExceptionGroup {
    return this.builder.group({
      date: [exception.date],
      kind: this.builder.control<'off' | 'extra'>(exception.kind),
      start: [exception.kind === 'extra' ? exception.start : '10:00'],
      end: [exception.kind === 'extra' ? exception.end : '12:00'],
    });
  }
}

function addHour(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${String(Math.min(hours + 1, 23)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function toExceptions(
  rows: readonly Partial<{ date: string; kind: 'off' | 'extra'; start: string; end: string }>[],
): AvailabilityException[] {
  return rows.map((row) =>
    row.kind === 'extra'
      ? { date: row.date ?? '', kind: 'extra', start: row.start ?? '', end: row.end ?? '' }
      : { date: row.date ?? '', kind: 'off' },
  );
}
