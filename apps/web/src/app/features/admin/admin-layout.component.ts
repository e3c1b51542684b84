/**
 * The frame of the administration pages: the heading and a tab per page
 * (links, so each tab has its own address and the back button works).
 */
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../core/i18n/translation-key';

interface AdminTab {
  path: string;
  label: TranslationKey;
  testId: string;
}

@Component({
  selector: 'kl-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <h1>{{ 'admin.heading' | t }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.tabsLabel' | t">
      @for (tab of tabs; track tab.path) {
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
      max-width: 72rem;
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
export class AdminLayoutComponent {
  protected readonly tabs: readonly AdminTab[] = [
    { path: 'queues', label: 'admin.tabs.queues', testId: 'admin-tab-queues' },
    { path: 'outbox', label: 'admin.tabs.outbox', testId: 'admin-tab-outbox' },
  ];
}
