/** The frame of the settings pages (notifications, my data), so each is one step from the others. */
import { ChangeDetectionStrategy, Component } from '@angular/core';

import { type PageTab, TabbedPageComponent } from '../../shared/tabbed-page/tabbed-page.component';

@Component({
  selector: 'kl-settings-layout',
  imports: [TabbedPageComponent],
  template: `<kl-tabbed-page navLabel="myData.settingsPages" [tabs]="tabs" />`,
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsLayoutComponent {
  protected readonly tabs: readonly PageTab[] = [
    { path: 'notifications', label: 'myData.tabNotifications', testId: 'settings-tab-notifications' },
    { path: 'my-data', label: 'myData.tab', testId: 'settings-tab-my-data' },
  ];
}
