/**
 * `/admin/people`: find people by name or e-mail address (searched as one
 * types, after a pause), change their role (confirmed in a snackbar) and
 * deactivate them (after a confirmation) or reactivate them. The API refuses
 * an admin's change to their own account; that refusal is shown here.
 */
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AdminUserView, UpdateUserRequest } from '@klasteris/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom, map, skip } from 'rxjs';

import { type ErrorMessage, errorCodeOf, errorMessageFor } from '../../../core/api/api-error';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../office-hours/shared/confirm-dialog.component';
import { AdminApi } from '../../../core/api/admin-api';
import { ROLE_LABELS } from '../admin-labels';
import { PeopleListComponent, type RoleChange } from './people-list.component';

/** Long enough to let a name be typed, short enough to feel immediate. */
const SEARCH_PAUSE_MS = 300;

@Component({
  selector: 'kl-people-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormErrorComponent,
    PeopleListComponent,
  ],
  templateUrl: './people.page.html',
  styleUrl: '../admin-page.scss',
  styles: `
    .search mat-form-field {
      width: min(100%, 28rem);
    }
    kl-people-list {
      display: block;
      margin-top: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  private readonly auth = inject(AuthService);

  protected readonly currentUserId = computed(() => this.auth.user()?.id ?? null);
  protected readonly query = signal('');
  protected readonly people = signal<readonly AdminUserView[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly busyId = signal<string | null>(null);
  /** Why the last change was refused. */
  protected readonly failure = signal<ErrorMessage | null>(null);
  /** Bumped per search, so a slow answer to an older query is dropped. */
  private ticket = 0;

  constructor() {
    toObservable(this.query)
      .pipe(
        skip(1),
        map((text) => text.trim()),
        debounceTime(SEARCH_PAUSE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((text) => void this.search(text));
    void this.search('');
  }

  protected async search(text: string): Promise<void> {
    const ticket = ++this.ticket;
    this.loadError.set(null);
    try {
      const page = await this.api.users(text.trim());
      if (ticket !== this.ticket) return;
      this.people.set(page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    }
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (cursor === null || this.loadingMore()) return;
    const ticket = this.ticket;
    this.loadingMore.set(true);
    try {
      const page = await this.api.users(this.query().trim(), cursor);
      if (ticket !== this.ticket) return;
      const known = new Set((this.people() ?? []).map((person) => person.id));
      this.people.update((list) => [...(list ?? []), ...page.items.filter((person) => !known.has(person.id))]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async changeRole({ person, role, undo }: RoleChange): Promise<void> {
    const saved = await this.save(person, { role });
    if (saved === null) {
      undo();
      return;
    }
    const roleName = this.i18n.translate(ROLE_LABELS[saved.role]);
    this.announce(this.i18n.translate('adminPeople.roleSaved', { name: saved.displayName, role: roleName }));
  }

  protected async toggleActive(person: AdminUserView): Promise<void> {
    const deactivating = !person.deactivated;
    if (deactivating && !(await this.confirmDeactivation())) return;
    const saved = await this.save(person, { deactivated: deactivating });
    if (saved === null) return;
    const key = saved.deactivated ? 'adminPeople.deactivatedDone' : 'adminPeople.reactivatedDone';
    this.announce(this.i18n.translate(key, { name: saved.displayName }));
  }

  /** The saved person, or null (with the reason shown) when the server refused. */
  private async save(person: AdminUserView, changes: UpdateUserRequest): Promise<AdminUserView | null> {
    this.busyId.set(person.id);
    this.failure.set(null);
    try {
      const saved = await this.api.updateUser(person.id, changes);
      this.people.update((list) => list?.map((item) => (item.id === saved.id ? saved : item)) ?? null);
      return saved;
    } catch (error) {
      this.failure.set(this.refusal(person, error));
      return null;
    } finally {
      this.busyId.set(null);
    }
  }

  /** The API answers CONFLICT to an admin changing their own account: say that plainly. */
  private refusal(person: AdminUserView, error: unknown): ErrorMessage {
    const code = errorCodeOf(error);
    if (person.id === this.currentUserId() && (code === 'CONFLICT' || code === 'FORBIDDEN')) {
      return { key: 'adminPeople.notYourself' };
    }
    return errorMessageFor(error);
  }

  private confirmDeactivation(): Promise<boolean> {
    const data: ConfirmDialogData = {
      heading: 'adminPeople.confirmHeading',
      text: 'adminPeople.confirmText',
      confirm: 'adminPeople.deactivate',
      cancel: 'adminPeople.keep',
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data });
    return firstValueFrom(ref.afterClosed()).then((confirmed) => confirmed === true);
  }

  private announce(text: string): void {
    this.snackBar.open(text, this.i18n.translate('adminPeople.dismiss'), { duration: 6000 });
  }
}
