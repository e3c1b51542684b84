/**
 * Home: where a person lands after sign-in, centred on their working groups,
 * live rooms and consultations. The rooms list comes from the API, with
 * unread counts (reloaded every time the page shows, and kept up to date
 * live for rooms this tab has joined); groups and consultations do not exist
 * in the API yet, so those sections say so honestly instead of showing
 * placeholders.
 */
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { AuthService } from '../../core/auth/auth.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { RoomsDirectory } from '../../core/live/rooms-directory.service';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

@Component({
  selector: 'kl-home-page',
  imports: [RouterLink, TranslatePipe, EmptyStateComponent],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly directory = inject(RoomsDirectory);
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');

  constructor() {
    this.reload();
  }

  protected reload(): void {
    void this.directory.load();
  }
}
