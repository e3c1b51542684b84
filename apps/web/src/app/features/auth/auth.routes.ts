/** Signing in and registering: open to people without a session only (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const authRoutes: Routes = [
  {
    path: 'sign-in',
    title: pageTitle('pageTitle.signIn'),
    loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'register',
    title: pageTitle('pageTitle.register'),
    loadComponent: () => import('./register/register.page').then((m) => m.RegisterPage),
  },
];
