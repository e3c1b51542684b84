/** `/submissions/:id`: one submission, its history and, for lecturers, the review form (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const submissionsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/' },
  {
    path: ':id',
    title: pageTitle('pageTitle.submission'),
    loadComponent: () => import('./submission.page').then((m) => m.SubmissionPage),
  },
];
