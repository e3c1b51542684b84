/**
 * Every call to `/api/`: credentials (the refresh cookie) allowed, the access
 * token as a bearer header, and one refresh-and-retry when the server answers
 * 401 because the token expired.
 */
import { HttpContextToken, HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';

import { API_PREFIX, CREDENTIAL_ENDPOINTS } from '../api/api-client';
import { AuthService } from './auth.service';

/** Marks a request that is already the retry, so a second 401 is final. */
const IS_RETRY = new HttpContextToken<boolean>(() => false);

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token === null ? request : request.clone({ setHeaders: { Authorization: `Bearer ${token}` } });
}

function pathOf(url: string): string {
  return url.startsWith('http') ? new URL(url).pathname : (url.split('?')[0] ?? url);
}

export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const path = pathOf(request.url);
  if (!path.startsWith(API_PREFIX)) return next(request);

  const auth = inject(AuthService);
  const carriesOwnCredentials = CREDENTIAL_ENDPOINTS.includes(path);
  const base = request.clone({ withCredentials: true });
  const sentToken = carriesOwnCredentials ? null : auth.accessToken();

  return next(withBearer(base, sentToken)).pipe(
    catchError((error: unknown) => {
      const mayRetry =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !carriesOwnCredentials &&
        sentToken !== null &&
        !request.context.get(IS_RETRY);
      if (!mayRetry) return throwError(() => error);

      const retry = base.clone({ context: base.context.set(IS_RETRY, true) });
      // Another call may have refreshed meanwhile: use its token instead of rotating again.
      const current = auth.accessToken();
      const token = current !== null && current !== sentToken ? Promise.resolve(current) : auth.refreshAccessToken();
      return from(token).pipe(
        switchMap((fresh) => (fresh === null ? throwError(() => error) : next(withBearer(retry, fresh)))),
      );
    }),
  );
};
