/**
 * Page titles (`<title>`) from translation keys in the route's `title`, kept
 * in step with the language: "Sign in · Klasteris" / "Prisijungimas · Klasteris".
 */
import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { I18nService } from './i18n.service';
import type { TranslationKey } from './translation-key';

@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly pageKey = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const appName = this.i18n.translate('app.name');
      this.title.setTitle(key === null ? appName : `${this.i18n.translate(key)} · ${appName}`);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set((this.buildTitle(snapshot) as TranslationKey | undefined) ?? null);
  }
}
