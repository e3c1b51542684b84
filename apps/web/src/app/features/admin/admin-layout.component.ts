/** The frame of the administration pages: a tab per page. */
import { ChangeDetectionStrategy, Component } from '@angular/core';

import { type PageTab, TabbedPageComponent } from '../../shared/tabbed-page/tabbed-page.component';

@Component({
  selector: 'kl-admin-layout',
  imports: [TabbedPageComponent],
  template: `<kl-tabbed-page heading="admin.heading" navLabel="admin.tabsLabel" [tabs]="tabs" />`,
  styles: `
    :host {
      display: block;
      max-width: 72rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayoutComponent {
  protected readonly tabs: readonly PageTab[] = [
    { path: 'queues', label: 'admin.tabs.queues', testId: 'admin-tab-queues' },
    { path: 'outbox', label: 'admin.tabs.outbox', testId: 'admin-tab-outbox' },
    { path: 'health', label: 'adminHealth.tab', testId: 'admin-tab-health' },
    { path: 'people', label: 'adminPeople.tab', testId: 'admin-tab-people' },
    { path: 'organisations', label: 'adminOrganisations.tab', testId: 'admin-tab-organisations' },
    { path: 'moderation', label: 'adminModeration.tab', testId: 'admin-tab-moderation' },
  ];
}
