/**
 * `/settings/notifications`: per kind of notification, in the bell (in-app),
 * by e-mail, and gathered into the daily digest. Each change is saved at
 * once and confirmed in a polite live region; a failed save is undone.
 */
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreference } from '@klasteris/contracts';

import { ApiClient } from '../../core/api/api-client';
import { type ErrorMessage, errorMessageFor } from '../../core/api/api-error';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';

export type Channel = 'inApp' | 'email' | 'digest';

const KIND_LABELS: Readonly<Record<NotificationKind, { name: TranslationKey; text: TranslationKey }>> = {
  submission_made: { name: 'settings.kinds.submission_made', text: 'settings.kindTexts.submission_made' },
  review_given: { name: 'settings.kinds.review_given', text: 'settings.kindTexts.review_given' },
  review_overdue: { name: 'settings.kinds.review_overdue', text: 'settings.kindTexts.review_overdue' },
  mention: { name: 'settings.kinds.mention', text: 'settings.kindTexts.mention' },
  booking: { name: 'settings.kinds.booking', text: 'settings.kindTexts.booking' },
  moderation: { name: 'settings.kinds.moderation', text: 'settings.kindTexts.moderation' },
  system: { name: 'settings.kinds.system', text: 'settings.kindTexts.system' },
};

const CHANNEL_LABELS: Readonly<Record<Channel, TranslationKey>> = {
  inApp: 'settings.channels.inApp',
  email: 'settings.channels.email',
  digest: 'settings.channels.digest',
};

@Component({
  selector: 'kl-notification-preferences-page',
  imports: [MatButtonModule, MatCheckboxModule, TranslatePipe],
  templateUrl: './notification-preferences.page.html',
  styleUrl: './notification-preferences.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferencesPage {
  private readonly api = inject(ApiClient);

  protected readonly kinds = KIND_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly channels: readonly Channel[] = ['inApp', 'email', 'digest'];
  protected readonly preferences = signal<readonly NotificationPreference[] | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly saving = signal<NotificationKind | null>(null);
  protected readonly status = signal<ErrorMessage | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const { items } = await this.api.notificationPreferences();
      const order = (kind: NotificationKind) => NOTIFICATION_KINDS.indexOf(kind);
      this.preferences.set([...items].sort((a, b) => order(a.kind) - order(b.kind)));
    } catch (error) {
      this.loadError.set(errorMessageFor(error));
    }
  }

  protected async change(preference: NotificationPreference, channel: Channel, on: boolean): Promise<void> {
    const before = this.preferences();
    const changed: NotificationPreference = { ...preference, [channel]: on };
    this.preferences.update((list) => list?.map((item) => (item.kind === changed.kind ? changed : item)) ?? null);
    this.saving.set(changed.kind);
    this.status.set(null);
    try {
      const { items } = await this.api.updateNotificationPreferences([changed]);
      const saved = items.find((item) => item.kind === changed.kind) ?? changed;
      this.preferences.update((list) => list?.map((item) => (item.kind === saved.kind ? saved : item)) ?? null);
      this.status.set({ key: 'settings.saved', params: {} });
    } catch (error) {
      this.preferences.set(before);
      this.status.set(errorMessageFor(error));
    } finally {
      this.saving.set(null);
    }
  }
}
