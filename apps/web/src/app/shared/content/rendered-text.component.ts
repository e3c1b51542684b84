/**
 * Module material, descriptions and instructions: the server's sanitised
 * HTML in the reader's language (Angular's own sanitiser stays on for the
 * binding), marked with its language, and labelled "not yet translated"
 * when it is the other language's text.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Locale, RenderedText } from '@klasteris/contracts';

import { shownText } from '../../core/content/localized-content';
import { UntranslatedLabelComponent } from './untranslated-label.component';

@Component({
  selector: 'kl-rendered-text',
  imports: [UntranslatedLabelComponent],
  template: `
    @let shown = view();
    @if (shown.fallback && showLabel()) {
      <kl-untranslated-label class="label" [shownIn]="shown.lang" />
    }
    <div class="content" data-testid="rendered-text" [attr.lang]="shown.lang" [innerHTML]="shown.html"></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      display: block;
      margin-bottom: 0.5rem;
    }
    .content {
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
    }
    .content :first-child {
      margin-top: 0;
    }
    .content :last-child {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RenderedTextComponent {
  readonly text = input.required<RenderedText>();
  readonly locale = input.required<Locale>();
  /** Off where a label for the whole item is shown already. */
  readonly showLabel = input(true);

  protected readonly view = computed(() => shownText(this.text(), this.locale()));
}
