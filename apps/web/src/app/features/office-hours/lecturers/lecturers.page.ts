/**
 * `/office-hours`: the lecturers who hold office hours, each with their
 * organisation and time zone and the way to their free slots. Lecturers and
 * admins also find the way to their own availability here.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LecturerSummary } from '@klasteris/contracts';

import { ApiClient } from '../../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { zoneCity } from '../time-zones';

@Component({
  selector: 'kl-lecturers-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe, EmptyStateComponent],
  template: `
    <h1>{{ 'officeHours.lecturers.heading' | t }}</h1>
    <p class="intro">{{ 'officeHours.lecturers.intro' | t }}</p>
    @if (canHold()) {
      <p>
        <a mat-flat-button routerLink="/office-hours/availability" data-testid="my-availability">{{
          'officeHours.lecturers.myAvailability' | t
        }}</a>
      </p>
    }

    @if (loadError(); as failure) {
      <p class="notice" role="alert">
        {{ failure.key | t: failure.params }}
        <button mat-button type="button" (click)="load()">{{ 'common.retry' | t }}</button>
      </p>
    }
    @let list = lecturers();
    @if (list === null) {
      @if (!loadError()) {
        <p class="notice" role="status">{{ 'officeHours.lecturers.loading' | t }}</p>
      }
    } @else if (list.length === 0) {
      <kl-empty-state [heading]="'officeHours.lecturers.emptyTitle' | t" [text]="'officeHours.lecturers.emptyText' | t" />
    } @else {
      <ul class="list">
        @for (lecturer of list; track lecturer.id) {
          <li class="entry" data-testid="lecturer">
            <h2 class="name">
              <a [routerLink]="['/office-hours/lecturers', lecturer.id]">{{ lecturer.displayName }}</a>
            </h2>
            <p class="meta">
              @if (lecturer.organisationName) {
                {{ lecturer.organisationName }} ·
              }
              {{ 'officeHours.lecturers.zone' | t: { city: city(lecturer.timeZone), zone: lecturer.timeZone } }}
            </p>
            <a mat-stroked-button [routerLink]="['/office-hours/lecturers', lecturer.id]" [attr.aria-label]="'officeHours.lecturers.seeSlotsOf' | t: { name: lecturer.displayName }">
              {{ 'officeHours.lecturers.seeSlots' | t }}
            </a>
          </li>
        }
      </ul>
      @if (nextCursor()) {
        <button mat-stroked-button type="button" class="more" disabledInteractive [disabled]="loadingMore()" (click)="loadMore()">
          {{ 'officeHours.lecturers.loadMore' | t }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
    h1 {
      margin: 0.5rem 0;
      font: var(--mat-sys-headline-medium);
    }
    .intro,
    .notice,
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entry {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 0.25rem 0 0.5rem;
    }
    .more {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LecturersPage {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);

  protected readonly lecturers = signal<readonly LecturerSummary[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly canHold = computed(() => {
    const role = this.auth.user()?.role;
    return role === 'lecturer' || role === 'admin';
  });
  protected readonly city = zoneCity;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const page = await this.api.lecturers();
      this.lecturers.set(page.items.filter((lecturer) => lecturer.hasOfficeHours));
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    }
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor === null || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      const page = await this.api.lecturers(cursor);
      const known = new Set((this.lecturers() ?? []).map((lecturer) => lecturer.id));
      const more = page.items.filter((lecturer) => lecturer.hasOfficeHours && !known.has(lecturer.id));
      this.lecturers.update((list) => [...(list ?? []), ...more]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
