/**
 * Home: where a person lands after sign-in, led by their working groups
 * (with unread counts that follow `room:activity` live), then the live rooms
 * and the live and upcoming consultations they can join. Every list is
 * reloaded each time the page shows.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Consultation, GroupSummary } from '@klasteris/contracts';

import { ApiClient } from '../../core/api/api-client';
import { AuthService } from '../../core/auth/auth.service';
import { LocalDateTimePipe } from '../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { GroupsDirectory } from '../../core/live/groups-directory.service';
import { RoomsDirectory } from '../../core/live/rooms-directory.service';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

@Component({
  selector: 'kl-home-page',
  imports: [RouterLink, TranslatePipe, LocalDateTimePipe, EmptyStateComponent],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly api = inject(ApiClient);
  protected readonly directory = inject(RoomsDirectory);
  protected readonly groupsDirectory = inject(GroupsDirectory);
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');
  /** Live ones first, then the upcoming by start; null until loaded. */
  protected readonly consultationList = signal<readonly Consultation[] | null>(null);
  /**
   * The rooms list holds my groups' channels and consultations too; they are
   * reached through their group or the consultations section, so they are
   * left out here (the rooms list does not say which rooms are a group's
   * channels: the groups' details do).
   */
  protected readonly openRooms = computed(() => {
    // Consultations have their own section, which opens them as consultations.
    const rooms = this.directory.rooms()?.filter((room) => room.kind !== 'consultation') ?? null;
    if (rooms === null) return null;
    // Until the groups' channels are known, a channel could show here for a moment: wait (unless groups failed).
    if (!this.groupsDirectory.channelsKnown()) return this.groupsDirectory.loadError() ? rooms : null;
    const channels = this.groupsDirectory.channelCounts();
    return rooms.filter((room) => !channels.has(room.id));
  });
  protected readonly consultationsFailed = signal(false);

  constructor() {
    this.reload();
    void this.loadConsultations();
  }

  protected reload(): void {
    void this.directory.load();
    void this.groupsDirectory.load().then(() => this.groupsDirectory.loadChannels());
  }

  protected organisationNames(group: GroupSummary): string {
    return group.organisations.map((organisation) => organisation.name).join(', ');
  }

  protected async loadConsultations(): Promise<void> {
    this.consultationsFailed.set(false);
    try {
      const page = await this.api.consultations();
      const rank = (c: Consultation) => (c.state === 'live' ? 0 : 1);
      this.consultationList.set(
        page.items
          .filter((c) => c.state !== 'ended')
          .sort((a, b) => rank(a) - rank(b) || (a.startsAt ?? '').localeCompare(b.startsAt ?? '')),
      );
    } catch {
      this.consultationsFailed.set(true);
    }
  }
}
