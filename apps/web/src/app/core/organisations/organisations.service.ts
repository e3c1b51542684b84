/**
 * The organisations people belong to: a short public list, loaded once and
 * shared by the registration form and the top bar.
 */
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Organisation, Uuid } from '@klasteris/contracts';

import { ApiClient } from '../api/api-client';

@Injectable({ providedIn: 'root' })
export class OrganisationsService {
  private readonly api = inject(ApiClient);
  private readonly list = signal<readonly Organisation[] | null>(null);
  private pending: Promise<readonly Organisation[]> | null = null;

  /** Null until loaded. */
  readonly organisations = this.list.asReadonly();
  private readonly byId = computed(
    () => new Map((this.list() ?? []).map((organisation) => [organisation.id, organisation])),
  );

  /** Loads the list unless it is already here; a failure can be retried by calling again. */
  load(): Promise<readonly Organisation[]> {
    const known = this.list();
    if (known !== null) return Promise.resolve(known);
    this.pending ??= this.api
      .organisations()
      .then((page) => {
        const sorted = [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'lt'));
        this.list.set(sorted);
        return sorted;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  nameOf(id: Uuid | null | undefined): string | null {
    return id ? (this.byId().get(id)?.name ?? null) : null;
  }
}
