/** The catalogue: `/programmes`, one programme, and the module reader (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const programmesRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.programmes'),
    loadComponent: () => import('./catalogue/catalogue.page').then((m) => m.CataloguePage),
  },
  {
    path: ':id',
    title: pageTitle('pageTitle.programme'),
    loadComponent: () => import('./programme/programme.page').then((m) => m.ProgrammePage),
  },
  {
    path: ':id/modules/:moduleId',
    title: pageTitle('pageTitle.module'),
    loadComponent: () => import('./module/module.page').then((m) => m.ModulePage),
  },
];
