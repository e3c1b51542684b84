/**
 * `/admin`: the job queues, the mail outbox, the system's health, people,
 * organisations and the moderation settings, as tabs of one frame (guarded
 * for admins in app.routes.ts).
 */
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
      {
        path: 'health',
        title: pageTitle('pageTitle.adminHealth'),
        loadComponent: () => import('./health/health.page').then((m) => m.HealthPage),
      },
      {
        path: 'people',
        title: pageTitle('pageTitle.adminPeople'),
        loadComponent: () => import('./people/people.page').then((m) => m.PeoplePage),
      },
      {
        path: 'organisations',
        title: pageTitle('pageTitle.adminOrganisations'),
        loadComponent: () => import('./organisations/organisations.page').then((m) => m.OrganisationsPage),
      },
      {
        path: 'moderation',
        title: pageTitle('pageTitle.adminModeration'),
        loadComponent: () => import('./moderation/moderation-settings.page').then((m) => m.ModerationSettingsPage),
      },
    ],
  },
];
