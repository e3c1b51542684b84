/**
 * The presenter view is for those who run the consultation (`canPresent`):
 * anyone else, or anyone when it cannot be loaded, is sent to the audience
 * view, which says what is wrong if anything is.
 */
import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { ApiClient } from '../../../core/api/api-client';

export const requirePresenter: CanActivateFn = async (route) => {
  const router = inject(Router);
  const api = inject(ApiClient);
  const id = route.paramMap.get('id') ?? '';
  const audienceView = router.createUrlTree(['/consultations', id]);
  try {
    const consultation = await api.consultation(id);
    return consultation.canPresent ? true : audienceView;
  } catch {
    return audienceView;
  }
};
