/**
 * `/moderation/audit`: every moderation action, newest first, filtered by
 * action, room, the person acting, the person acted on and a date range,
 * and paged with "load more". People to filter by are those in the entries
 * seen so far (moderators cannot search every account).
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  type AuditedAction,
  MODERATION_ACTIONS,
  type ModeratedRoom,
  type ModerationAuditEntry,
  type PersonRef,
  type Uuid,
} from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { type AuditFilter, ModerationApi } from '../../../core/api/moderation-api';
import { EmptyStateComponent } from '../../../shared/empty-state/empty-state.component';
import { ACTION_LABELS, appendPage, dayBoundary, peopleIn } from '../moderation-rules';
import { AuditTableComponent } from './audit-table.component';

const PAGE_SIZE = 50;

interface Filters {
  action: AuditedAction | null;
  roomId: Uuid | null;
  actorId: Uuid | null;
  userId: Uuid | null;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { action: null, roomId: null, actorId: null, userId: null, from: '', to: '' };

@Component({
  selector: 'kl-moderation-audit-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
    AuditTableComponent,
  ],
  templateUrl: './audit.page.html',
  styleUrl: '../moderation-page.scss',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0.5rem 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(ModerationApi);

  protected readonly actions: readonly AuditedAction[] = [...MODERATION_ACTIONS, 'dismiss'];
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly filters = signal<Filters>(NO_FILTERS);
  protected readonly entries = signal<readonly ModerationAuditEntry[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly rooms = signal<readonly ModeratedRoom[]>([]);
  /** Everyone seen in the log so far, so a filter's person stays listed while it narrows the log. */
  private readonly seenPeople = signal<readonly PersonRef[]>([]);
  protected readonly people = computed(() => this.seenPeople());
  private ticket = 0;

  constructor() {
    void this.load(false);
    this.api.rooms('').then(
      (rooms) => this.rooms.set(rooms),
      () => this.rooms.set([]),
    );
  }

  protected setFilter<K extends keyof Filters>(name: K, value: Filters[K]): void {
    this.filters.update((filters) => ({ ...filters, [name]: value }));
    void this.load(false);
  }

  protected clearFilters(): void {
    this.filters.set(NO_FILTERS);
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    const ticket = ++this.ticket;
    const filters = this.filters();
    const query: AuditFilter = {
      action: filters.action,
      roomId: filters.roomId,
      actorId: filters.actorId,
      userId: filters.userId,
      from: dayBoundary(filters.from, 'start'),
      to: dayBoundary(filters.to, 'end'),
    };
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const page = await this.api.audit(query, more ? this.nextCursor() : null, PAGE_SIZE);
      if (ticket !== this.ticket) return;
      const entries = more ? appendPage(this.entries() ?? [], page.items, (entry) => entry.id) : page.items;
      this.entries.set(entries);
      this.nextCursor.set(page.nextCursor);
      this.seenPeople.update((known) => peopleIn(entries, known));
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    } finally {
      if (ticket === this.ticket) this.loading.set(false);
    }
  }
}
