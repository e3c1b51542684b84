/** `/reviews`: the lecturer's review queue (guarded for lecturers and admins in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const reviewsRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.reviews'),
    loadComponent: () => import('./review-queue.page').then((m) => m.ReviewQueuePage),
  },
];
