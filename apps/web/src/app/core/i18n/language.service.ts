/**
 * Choosing the interface language: at start-up (profile, saved choice,
 * browser, English), when someone switches (kept in this browser and, when
 * signed in, in their profile), and when a person signs in (their profile wins).
 */
import { effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { Locale } from '@klasteris/contracts';

import { AuthService } from '../auth/auth.service';
import { I18nService } from './i18n.service';
import { DEFAULT_LOCALE, isLocale, pickInitialLocale } from './locale-detection';

const STORAGE_KEY = 'klasteris.locale';

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly saveFailed = signal(false);

  readonly locale = this.i18n.locale;
  /** True when the last switch applied here but could not be saved to the profile. */
  readonly profileSaveFailed = this.saveFailed.asReadonly();

  constructor() {
    // Whoever signs in (or is restored) brings their own language.
    effect(() => {
      const userLocale = this.auth.user()?.locale;
      if (userLocale === undefined) return;
      untracked(() => {
        if (userLocale !== this.i18n.locale()) void this.i18n.use(userLocale).catch(() => undefined);
      });
    });
  }

  /**
   * The first language, once the session has been restored. Never fails:
   * without its dictionary the app still starts (in English, or showing keys)
   * rather than not at all.
   */
  async start(): Promise<void> {
    const locale = pickInitialLocale({
      userLocale: this.auth.user()?.locale ?? null,
      savedLocale: readSaved(),
      browserLanguages: typeof navigator === 'undefined' ? [] : navigator.languages,
    });
    try {
      await this.i18n.use(locale);
    } catch {
      await this.i18n.use(DEFAULT_LOCALE).catch(() => undefined);
    }
  }

  /** A person's explicit choice: applied at once, remembered here, saved to the profile when signed in. */
  async switchTo(locale: Locale): Promise<void> {
    this.saveFailed.set(false);
    try {
      await this.i18n.use(locale);
    } catch {
      // The dictionary could not be fetched: stay in the current language; switching again retries.
      return;
    }
    save(locale);
    const user = this.auth.user();
    if (user === null || user.locale === locale) return;
    try {
      await this.auth.updateProfile({ locale });
    } catch {
      this.saveFailed.set(true);
    }
  }
}

function readSaved(): string | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be disabled (privacy settings); the choice then lasts for this visit only.
    return null;
  }
}

function save(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See readSaved.
  }
}
