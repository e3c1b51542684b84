/** Top-level routes: each feature brings its own routes file, loaded on demand. */
import type { Routes } from '@angular/router';

import { redirectWhenSignedIn, requireSession } from './core/auth/auth.guards';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [requireSession],
    loadChildren: () => import('./features/home/home.routes').then((m) => m.homeRoutes),
  },
  {
    path: 'rooms',
    canActivate: [requireSession],
    loadChildren: () => import('./features/rooms/rooms.routes').then((m) => m.roomsRoutes),
  },
  {
    path: '',
    canActivate: [redirectWhenSignedIn],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes),
  },
  { path: '**', redirectTo: '' },
];
