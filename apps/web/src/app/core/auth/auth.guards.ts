/**
 * Route guards. The session is restored before the first navigation (see
 * app.config.ts), so they can decide synchronously.
 */
import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@klasteris/contracts';

import { AuthService } from './auth.service';

export const SIGN_IN_PATH = '/sign-in';

/** Pages for signed-in people: others go to sign in, and come back afterwards. */
export const requireSession: CanActivateFn = (_route, state) => {
  if (inject(AuthService).isSignedIn()) return true;
  const returnUrl = state.url === '/' ? null : state.url;
  return inject(Router).createUrlTree([SIGN_IN_PATH], returnUrl ? { queryParams: { returnUrl } } : {});
};

/** Sign-in and registration make no sense when signed in: go home. */
export const redirectWhenSignedIn: CanActivateFn = () =>
  inject(AuthService).isSignedIn() ? inject(Router).createUrlTree(['/']) : true;

/** Pages for some roles only (the review queue): others go home. */
export function requireRole(...roles: Role[]): CanActivateFn {
  return () => {
    const role = inject(AuthService).user()?.role;
    return role !== undefined && roles.includes(role) ? true : inject(Router).createUrlTree(['/']);
  };
}
