/** Live rooms: `/rooms/:id` shows one room (guarded in app.routes.ts). */
import type { Routes } from '@angular/router';

import { pageTitle } from '../../core/i18n/translation-key';

export const roomsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/' },
  {
    path: ':id',
    title: pageTitle('pageTitle.room'),
    loadComponent: () => import('./room/room.page').then((m) => m.RoomPage),
  },
];
