/** What roles, organisation kinds and countries are called on the administration pages. */
import type { Country, OrganisationKind, Role } from '@klasteris/contracts';

import type { TranslationKey } from '../../core/i18n/translation-key';

export const ROLE_LABELS: Readonly<Record<Role, TranslationKey>> = {
  learner: 'adminPeople.roles.learner',
  lecturer: 'adminPeople.roles.lecturer',
  moderator: 'adminPeople.roles.moderator',
  admin: 'adminPeople.roles.admin',
};

export const KIND_LABELS: Readonly<Record<OrganisationKind, TranslationKey>> = {
  municipality: 'adminOrganisations.kinds.municipality',
  ngo: 'adminOrganisations.kinds.ngo',
  business: 'adminOrganisations.kinds.business',
  university: 'adminOrganisations.kinds.university',
  public_body: 'adminOrganisations.kinds.publicBody',
};

export const COUNTRY_LABELS: Readonly<Record<Country, TranslationKey>> = {
  LT: 'adminOrganisations.countries.LT',
  NO: 'adminOrganisations.countries.NO',
};
