/**
 * The shell: skip link, top bar (with the notification bell) and the main
 * landmark around the routed page. It wires the top bar's choices to the
 * session, language and notification services.
 */
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, viewChild } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import type { Locale } from '@klasteris/contracts';

import { AuthService } from './core/auth/auth.service';
import { SIGN_IN_PATH } from './core/auth/auth.guards';
import { LanguageService } from './core/i18n/language.service';
import { TranslatePipe } from './core/i18n/translate.pipe';
import { LiveSocketService } from './core/live/live-socket.service';
import { NotificationCenter } from './core/notifications/notification-center.service';
import { OrganisationsService } from './core/organisations/organisations.service';
import { NotificationBellComponent } from './shared/notification-bell/notification-bell.component';
import { TopBarComponent } from './shared/top-bar/top-bar.component';

@Component({
  selector: 'kl-root',
  imports: [RouterOutlet, TopBarComponent, NotificationBellComponent, TranslatePipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  protected readonly live = inject(LiveSocketService);
  protected readonly notifications = inject(NotificationCenter);
  private readonly organisations = inject(OrganisationsService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly organisationName = computed(() => this.organisations.nameOf(this.auth.user()?.organisationId));

  constructor() {
    let wasSignedIn = this.auth.isSignedIn();
    effect(() => {
      const signedIn = this.auth.isSignedIn();
      if (signedIn) void this.organisations.load().catch(() => undefined);
      // However the session ended (sign-out, expiry elsewhere), leave the signed-in pages.
      if (wasSignedIn && !signedIn) void this.router.navigateByUrl(SIGN_IN_PATH);
      wasSignedIn = signedIn;
    });
  }

  protected skipToMain(event: Event): void {
    // The base href makes "#main" point at the root page, so move focus ourselves.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected switchLocale(locale: Locale): void {
    void this.language.switchTo(locale);
  }

  protected signOut(): void {
    void this.auth.signOut();
  }
}
