/** Top-level routes: each feature brings its own routes file, loaded on demand. */
import type { Routes } from '@angular/router';

import { redirectWhenSignedIn, requireRole, requireSession } from './core/auth/auth.guards';

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
    path: 'groups',
    canActivate: [requireSession],
    loadChildren: () => import('./features/groups/groups.routes').then((m) => m.groupsRoutes),
  },
  {
    path: 'programmes',
    canActivate: [requireSession],
    loadChildren: () => import('./features/programmes/programmes.routes').then((m) => m.programmesRoutes),
  },
  {
    path: 'consultations',
    canActivate: [requireSession],
    loadChildren: () => import('./features/consultations/consultations.routes').then((m) => m.consultationsRoutes),
  },
  {
    path: 'office-hours',
    canActivate: [requireSession],
    loadChildren: () => import('./features/office-hours/office-hours.routes').then((m) => m.officeHoursRoutes),
  },
  {
    path: 'bookings',
    canActivate: [requireSession],
    loadChildren: () => import('./features/office-hours/office-hours.routes').then((m) => m.bookingsRoutes),
  },
  {
    path: 'assignments',
    canActivate: [requireSession],
    loadChildren: () => import('./features/assignments/assignments.routes').then((m) => m.assignmentsRoutes),
  },
  {
    path: 'submissions',
    canActivate: [requireSession],
    loadChildren: () => import('./features/submissions/submissions.routes').then((m) => m.submissionsRoutes),
  },
  {
    path: 'reviews',
    canActivate: [requireSession, requireRole('lecturer', 'admin')],
    loadChildren: () => import('./features/reviews/reviews.routes').then((m) => m.reviewsRoutes),
  },
  {
    path: 'admin',
    canActivate: [requireSession, requireRole('admin')],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'moderation',
    canActivate: [requireSession, requireRole('moderator', 'admin')],
    loadChildren: () => import('./features/moderation/moderation.routes').then((m) => m.moderationRoutes),
  },
  {
    path: 'settings',
    canActivate: [requireSession],
    loadChildren: () => import('./features/settings/settings.routes').then((m) => m.settingsRoutes),
  },
  {
    path: '',
    canActivate: [redirectWhenSignedIn],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes),
  },
  { path: '**', redirectTo: '' },
];
