/** `/assignments/:id`: one assignment, with the learner's hand-in and history (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const assignmentsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/programmes' },
  {
    path: ':id',
    title: pageTitle('pageTitle.assignment'),
    loadComponent: () => import('./assignment.page').then((m) => m.AssignmentPage),
  },
];
