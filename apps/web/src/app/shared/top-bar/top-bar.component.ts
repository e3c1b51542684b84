/**
 * The banner: the app's name, the main navigation (reviews for those who
 * teach, moderation for moderators and admins, administration for admins) and, when signed in, who
 * is here (name and organisation), the live status, settings and sign-out;
 * the shell projects the notification bell. The language switch is always there. Presentational: inputs in, choices out.
 */
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Locale, User } from '@klasteris/contracts';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { LanguageSwitchComponent } from '../language-switch/language-switch.component';

@Component({
  selector: 'kl-top-bar',
  imports: [MatToolbarModule, MatButtonModule, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitchComponent],
  templateUrl: './top-bar.component.html',
  styleUrl: './top-bar.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TopBarComponent {
  readonly user = input<User | null>(null);
  readonly organisationName = input<string | null>(null);
  readonly locale = input.required<Locale>();
  readonly liveConnected = input(false);

  protected readonly canReview = computed(() => {
    const role = this.user()?.role;
    return role === 'lecturer' || role === 'admin';
  });
  protected readonly isAdmin = computed(() => this.user()?.role === 'admin');
  protected readonly canModerate = computed(() => {
    const role = this.user()?.role;
    return role === 'moderator' || role === 'admin';
  });

  readonly localeChange = output<Locale>();
  readonly signOut = output();
}
