/**
 * `/admin/moderation`: the settings moderation runs on. The banned-word
 * lists (each in one language, holding or refusing a matching message),
 * when slow mode switches on by itself, and how long hidden and deleted
 * content keeps its text. Each part loads and saves on its own.
 */
import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type {
  AutoSlowModeSettings,
  BannedWordList,
  RetentionSettings,
  SaveBannedWordListRequest,
} from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../../office-hours/shared/confirm-dialog.component';
import { AdminApi } from '../../../core/api/admin-api';
import { AutoSlowModeFormComponent } from './auto-slow-mode-form.component';
import { BannedWordListEditorComponent } from './banned-word-list-editor.component';
import { RetentionFormComponent } from './retention-form.component';

/** A saved list's id, or `new` for the one being added. */
type ListKey = string;

@Component({
  selector: 'kl-moderation-settings-page',
  imports: [
    MatButtonModule,
    TranslatePipe,
    BannedWordListEditorComponent,
    AutoSlowModeFormComponent,
    RetentionFormComponent,
  ],
  templateUrl: './moderation-settings.page.html',
  styleUrl: '../admin-page.scss',
  styles: `
    .list {
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    h3 {
      margin: 0.5rem 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .summary {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .part {
      margin-top: 2rem;
    }
    .status p {
      margin: 0 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationSettingsPage {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly status = signal<ErrorMessage | null>(null);

  protected readonly lists = signal<readonly BannedWordList[] | null>(null);
  protected readonly listsError = signal<ErrorMessage | null>(null);
  protected readonly adding = signal(false);
  protected readonly savingList = signal<ListKey | null>(null);
  protected readonly listFailures = signal<Readonly<Record<ListKey, ErrorMessage | undefined>>>({});

  protected readonly slowMode = signal<AutoSlowModeSettings | null>(null);
  protected readonly slowLoadError = signal<ErrorMessage | null>(null);
  protected readonly slowSaving = signal(false);
  protected readonly slowFailure = signal<ErrorMessage | null>(null);

  protected readonly retention = signal<RetentionSettings | null>(null);
  protected readonly retentionLoadError = signal<ErrorMessage | null>(null);
  protected readonly retentionSaving = signal(false);
  protected readonly retentionFailure = signal<ErrorMessage | null>(null);

  constructor() {
    void this.loadLists();
    void this.loadSlowMode();
    void this.loadRetention();
  }

  protected async loadLists(): Promise<void> {
    this.listsError.set(null);
    try {
      this.lists.set(await this.api.bannedWordLists());
    } catch (error) {
      this.listsError.set(errorMessageFor(error));
    }
  }

  protected async loadSlowMode(): Promise<void> {
    this.slowLoadError.set(null);
    try {
      this.slowMode.set(await this.api.autoSlowMode());
    } catch (error) {
      this.slowLoadError.set(errorMessageFor(error));
    }
  }

  protected async loadRetention(): Promise<void> {
    this.retentionLoadError.set(null);
    try {
      this.retention.set(await this.api.retention());
    } catch (error) {
      this.retentionLoadError.set(errorMessageFor(error));
    }
  }

  protected async createList(request: SaveBannedWordListRequest): Promise<void> {
    const created = await this.saveList('new', () => this.api.createBannedWordList(request));
    if (created === null) return;
    this.lists.update((lists) => [...(lists ?? []), created]);
    this.adding.set(false);
    this.focusAfterRender(`list-${created.id}`);
  }

  protected startAdding(): void {
    this.adding.set(true);
    // The button that opened the form is gone: the keyboard goes to the form.
    this.focusAfterRender('new-list-heading');
  }

  protected stopAdding(): void {
    this.adding.set(false);
    this.focusAfterRender('banned-words-heading');
  }

  protected async updateList(list: BannedWordList, request: SaveBannedWordListRequest): Promise<void> {
    const saved = await this.saveList(list.id, () => this.api.updateBannedWordList(list.id, request));
    if (saved === null) return;
    this.lists.update((lists) => lists?.map((item) => (item.id === saved.id ? saved : item)) ?? null);
  }

  protected async deleteList(list: BannedWordList): Promise<void> {
    const data: ConfirmDialogData = {
      heading: 'adminModeration.deleteHeading',
      text: 'adminModeration.deleteText',
      confirm: 'adminModeration.deleteList',
      cancel: 'adminModeration.keepList',
    };
    const ref = this.dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    this.savingList.set(list.id);
    this.setListFailure(list.id, undefined);
    try {
      await this.api.deleteBannedWordList(list.id);
      this.lists.update((lists) => lists?.filter((item) => item.id !== list.id) ?? null);
      this.focusAfterRender('banned-words-heading');
      this.status.set({ key: 'adminModeration.listDeleted', params: { name: list.name } });
    } catch (error) {
      this.setListFailure(list.id, errorMessageFor(error));
    } finally {
      this.savingList.set(null);
    }
  }

  protected async saveSlowMode(settings: AutoSlowModeSettings): Promise<void> {
    this.slowSaving.set(true);
    this.slowFailure.set(null);
    this.status.set(null);
    try {
      this.slowMode.set(await this.api.updateAutoSlowMode(settings));
      this.status.set({ key: 'adminModeration.autoSaved' });
    } catch (error) {
      this.slowFailure.set(errorMessageFor(error));
    } finally {
      this.slowSaving.set(false);
    }
  }

  protected async saveRetention(days: number): Promise<void> {
    this.retentionSaving.set(true);
    this.retentionFailure.set(null);
    this.status.set(null);
    try {
      this.retention.set(await this.api.updateRetention({ days }));
      this.status.set({ key: 'adminModeration.retentionSaved', params: { days } });
    } catch (error) {
      this.retentionFailure.set(errorMessageFor(error));
    } finally {
      this.retentionSaving.set(false);
    }
  }

  /** Saves one list; the saved list, or null with the refusal shown by that list. */
  private async saveList(key: ListKey, call: () => Promise<BannedWordList>): Promise<BannedWordList | null> {
    this.savingList.set(key);
    this.setListFailure(key, undefined);
    this.status.set(null);
    try {
      const saved = await call();
      this.status.set({ key: 'adminModeration.listSaved', params: { name: saved.name } });
      return saved;
    } catch (error) {
      this.setListFailure(key, errorMessageFor(error));
      return null;
    } finally {
      this.savingList.set(null);
    }
  }

  /** Where the keyboard goes when the element that had it is removed. */
  private focusAfterRender(elementId: string): void {
    afterNextRender(() => this.document.getElementById(elementId)?.focus(), { injector: this.injector });
  }

  private setListFailure(key: ListKey, failure: ErrorMessage | undefined): void {
    this.listFailures.update((failures) => ({ ...failures, [key]: failure }));
  }
}
