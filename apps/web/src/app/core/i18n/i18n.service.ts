/**
 * The interface language: which one is active, its dictionary, and
 * translation. State is a signal, so every template that translates follows
 * a switch at once. Dictionaries come from `/i18n/<locale>.json`.
 */
import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Locale } from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

import { type FlatDictionary, flattenDictionary, interpolate, isNestedDictionary } from './dictionary';
import { DEFAULT_LOCALE } from './locale-detection';
import type { TranslationKey, TranslationParams } from './translation-key';

interface ActiveLanguage {
  locale: Locale;
  dictionary: FlatDictionary;
}

@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly loaded = new Map<Locale, Promise<FlatDictionary>>();
  private readonly active = signal<ActiveLanguage>({ locale: DEFAULT_LOCALE, dictionary: {} });
  /** Counts switches, so a slow download cannot undo a later choice. */
  private switchCount = 0;

  readonly locale = computed(() => this.active().locale);

  /** Loads the language's dictionary (once) and makes it the active one. */
  async use(locale: Locale): Promise<void> {
    const ticket = ++this.switchCount;
    const dictionary = await this.dictionaryFor(locale);
    if (ticket !== this.switchCount) return;
    this.active.set({ locale, dictionary });
    this.document.documentElement.lang = locale;
  }

  /** The text for a key in the active language; the key itself if it is missing, so the gap is visible. */
  translate(key: TranslationKey, params?: TranslationParams): string {
    const text = this.active().dictionary[key];
    return text === undefined ? key : interpolate(text, params);
  }

  private dictionaryFor(locale: Locale): Promise<FlatDictionary> {
    let pending = this.loaded.get(locale);
    if (!pending) {
      pending = firstValueFrom(this.http.get<unknown>(`/i18n/${locale}.json`)).then(
        (body) => {
          if (!isNestedDictionary(body)) throw new Error(`The ${locale} dictionary is not a dictionary`);
          return flattenDictionary(body);
        },
        (error: unknown) => {
          // Forget the failure, so the next switch tries again.
          this.loaded.delete(locale);
          throw error;
        },
      );
      this.loaded.set(locale, pending);
    }
    return pending;
  }
}
