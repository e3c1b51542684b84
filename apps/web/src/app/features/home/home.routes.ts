/** The signed-in landing page: working groups and live rooms first (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const homeRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.home'),
    loadComponent: () => import('./home.page').then((m) => m.HomePage),
  },
];
