/**
 * Office hours (guarded for signed-in people in app.routes.ts): `/office-hours`
 * lists the lecturers who hold them, `/office-hours/lecturers/:id` books one
 * of their free slots, `/office-hours/availability` is a lecturer's own
 * editor; `/bookings` (bookingsRoutes) is everyone's list of bookings.
 */
import type { Routes } from '@angular/router';

import { requireRole } from '../../core/auth/auth.guards';
import { pageTitle } from '../../core/i18n/translation-key';

export const officeHoursRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.officeHours'),
    loadComponent: () => import('./lecturers/lecturers.page').then((m) => m.LecturersPage),
  },
  {
    path: 'availability',
    title: pageTitle('pageTitle.availability'),
    canActivate: [requireRole('lecturer', 'admin')],
    loadComponent: () => import('./availability/availability.page').then((m) => m.AvailabilityPage),
  },
  {
    // Where booking notifications lead: the list, with that booking marked.
    path: 'bookings/:id',
    title: pageTitle('pageTitle.bookings'),
    loadComponent: () => import('./bookings/bookings.page').then((m) => m.BookingsPage),
  },
  {
    path: 'lecturers/:id',
    title: pageTitle('pageTitle.bookOfficeHours'),
    loadComponent: () => import('./book/book.page').then((m) => m.BookPage),
  },
];

export const bookingsRoutes: Routes = [
  {
    path: '',
    title: pageTitle('pageTitle.bookings'),
    loadComponent: () => import('./bookings/bookings.page').then((m) => m.BookingsPage),
  },
];
