/** `/moderation`: the reports queue, the rooms and the audit log, as tabs of one frame (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const moderationRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./moderation-layout.component').then((m) => m.ModerationLayoutComponent),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'queue' },
      {
        path: 'queue',
        title: pageTitle('pageTitle.moderationQueue'),
        loadComponent: () => import('./queue/queue.page').then((m) => m.QueuePage),
      },
      {
        path: 'rooms',
        title: pageTitle('pageTitle.moderationRooms'),
        loadComponent: () => import('./rooms/rooms.page').then((m) => m.RoomsPage),
      },
      {
        path: 'audit',
        title: pageTitle('pageTitle.moderationAudit'),
        loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage),
      },
    ],
  },
];
