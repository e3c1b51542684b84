/**
 * Home: where a person lands after sign-in, centred on their working groups
 * and live consultations. Neither exists yet in the API, so both sections
 * say so honestly instead of showing placeholders.
 */
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { AuthService } from '../../core/auth/auth.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { EmptyStateComponent } from '../../shared/empty-state/empty-state.component';

@Component({
  selector: 'kl-home-page',
  imports: [TranslatePipe, EmptyStateComponent],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly displayName = computed(() => this.auth.user()?.displayName ?? '');
}
