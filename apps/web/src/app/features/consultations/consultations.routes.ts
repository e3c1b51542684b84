/**
 * Live consultations (guarded in app.routes.ts): `/consultations` lists the
 * live and upcoming ones (and lets lecturers create one), `/consultations/:id`
 * is the audience's view, `/consultations/:id/present` the presenter's.
 */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';
import { requirePresenter } from './present/require-presenter.guard';

export const consultationsRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.consultations'),
    loadComponent: () => import('./list/consultations.page').then((m) => m.ConsultationsPage),
  },
  {
    path: ':id',
    title: pageTitle('pageTitle.consultation'),
    loadComponent: () => import('./consultation/consultation.page').then((m) => m.ConsultationPage),
  },
  {
    path: ':id/present',
    title: pageTitle('pageTitle.consultationPresent'),
    canActivate: [requirePresenter],
    loadComponent: () => import('./present/present.page').then((m) => m.PresentPage),
  },
];
