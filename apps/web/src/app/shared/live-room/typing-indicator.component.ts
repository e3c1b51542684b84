/**
 * "Tomas is typing…". Not a live region: it changes every few seconds and
 * would drown out the messages themselves, which are announced.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey, TranslationParams } from '../../core/i18n/translation-key';

@Component({
  selector: 'kl-typing-indicator',
  imports: [TranslatePipe],
  template: `
    @if (line(); as text) {
      {{ text.key | t: text.params }}
    }
  `,
  styles: `
    :host {
      display: block;
      min-height: 1.25rem;
      padding: 0 0.25rem;
      font: var(--mat-sys-body-small);
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { 'data-testid': 'typing' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TypingIndicatorComponent {
  readonly names = input<readonly string[]>([]);

  protected readonly line = computed(() => typingLine(this.names()));
}

function typingLine(names: readonly string[]): { key: TranslationKey; params?: TranslationParams } | null {
  const [first, second, ...rest] = names;
  if (first === undefined) return null;
  if (second === undefined) return { key: 'room.typing.one', params: { name: first } };
  if (rest.length === 0) return { key: 'room.typing.two', params: { first, second } };
  return { key: 'room.typing.many' };
}
