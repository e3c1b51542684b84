/** `/settings/notifications`: how each kind of notification reaches the person (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const settingsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'notifications' },
  {
    path: 'notifications',
    title: pageTitle('pageTitle.notificationSettings'),
    loadComponent: () => import('./notification-preferences.page').then((m) => m.NotificationPreferencesPage),
  },
];
