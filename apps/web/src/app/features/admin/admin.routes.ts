/** `/admin`: the job queues and the mail outbox, as tabs of one frame (guarded for admins in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const adminRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./admin-layout.component').then((m) => m.AdminLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'queues' },
      {
        path: 'queues',
        title: pageTitle('pageTitle.adminQueues'),
        loadComponent: () => import('./queues/queues.page').then((m) => m.QueuesPage),
      },
      {
        path: 'outbox',
        title: pageTitle('pageTitle.adminOutbox'),
        loadComponent: () => import('./outbox/outbox.page').then((m) => m.OutboxPage),
      },
    ],
  },
];
