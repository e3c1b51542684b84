/**
 * The frame of a page made of tabs, one per child route: the tabs are links,
 * so each has its own address and the back button works. Used by the
 * administration, moderation and settings pages.
 */
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';

export interface PageTab {
  /** The child route's path. */
  path: string;
  label: TranslationKey;
  testId: string;
}

@Component({
  selector: 'kl-tabbed-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    @if (heading(); as heading) {
      <h1>{{ heading | t }}</h1>
    }
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="navLabel() | t">
      @for (tab of tabs(); track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="tab.testId"
          >{{ tab.label | t }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    h1 {
      margin: 0.5rem 0;
      font: var(--mat-sys-headline-medium);
    }
    .panel {
      display: block;
      padding-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabbedPageComponent {
  readonly heading = input<TranslationKey | null>(null);
  readonly navLabel = input.required<TranslationKey>();
  readonly tabs = input.required<readonly PageTab[]>();
}
