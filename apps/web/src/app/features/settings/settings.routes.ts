/** `/settings`: how notifications reach the person, and their own data (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const settingsRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./settings-layout.component').then((m) => m.SettingsLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'notifications' },
      {
        path: 'notifications',
        title: pageTitle('pageTitle.notificationSettings'),
        loadComponent: () => import('./notification-preferences.page').then((m) => m.NotificationPreferencesPage),
      },
      {
        path: 'my-data',
        title: pageTitle('pageTitle.myData'),
        loadComponent: () => import('./my-data/my-data.page').then((m) => m.MyDataPage),
      },
    ],
  },
];
