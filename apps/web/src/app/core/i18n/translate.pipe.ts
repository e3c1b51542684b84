/**
 * `{{ 'home.welcome' | t: { name } }}`. Impure on purpose: it reads the
 * language signal, so a view re-renders and re-translates when the language
 * changes (a pure pipe would keep the old text while its inputs stay the same).
 * The lookup is a map read; an unchanged string leaves the DOM alone.
 */
import { inject, Pipe, type PipeTransform } from '@angular/core';

import { I18nService } from './i18n.service';
import type { TranslationKey, TranslationParams } from './translation-key';

@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.translate(key, params);
  }
}
