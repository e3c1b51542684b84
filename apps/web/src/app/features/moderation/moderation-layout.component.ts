/** The frame of the moderation console: a tab per page. */
import { ChangeDetectionStrategy, Component } from '@angular/core';

import { type PageTab, TabbedPageComponent } from '../../shared/tabbed-page/tabbed-page.component';

@Component({
  selector: 'kl-moderation-layout',
  imports: [TabbedPageComponent],
  template: `<kl-tabbed-page heading="moderation.heading" navLabel="moderation.tabsLabel" [tabs]="tabs" />`,
  styles: `
    :host {
      display: block;
      max-width: 72rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationLayoutComponent {
  protected readonly tabs: readonly PageTab[] = [
    { path: 'queue', label: 'moderation.tabs.queue', testId: 'moderation-tab-queue' },
    { path: 'rooms', label: 'moderation.tabs.rooms', testId: 'moderation-tab-rooms' },
    { path: 'audit', label: 'moderation.tabs.audit', testId: 'moderation-tab-audit' },
  ];
}
