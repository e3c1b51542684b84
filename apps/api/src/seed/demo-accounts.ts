/**
 * The demo accounts, one per role and a few more, all with DEMO_PASSWORD.
 * The README's table and the tests read this list, so they cannot drift.
 */
import type { Locale, Role } from '@klasteris/contracts';

import { DEMO_ORGANISATION_NAMES } from './demo-organisations';

export const DEMO_PASSWORD = 'Klasteris-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Name of one of DEMO_ORGANISATIONS. */
  organisation: string;
  locale: Locale;
  timeZone: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'learner@klasteris.demo',
    displayName: 'Rasa Jonaitienė',
    role: 'learner',
    organisation: DEMO_ORGANISATION_NAMES.utena,
    locale: 'en',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'learner.ngo@klasteris.demo',
    displayName: 'Tomas Kazlauskas',
    role: 'learner',
    organisation: DEMO_ORGANISATION_NAMES.gintarine,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'lecturer@klasteris.demo',
    displayName: 'Aistė Petrauskienė',
    role: 'lecturer',
    organisation: DEMO_ORGANISATION_NAMES.university,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'lecturer.no@klasteris.demo',
    displayName: 'Ingrid Solberg',
    role: 'lecturer',
    organisation: DEMO_ORGANISATION_NAMES.norway,
    locale: 'en',
    timeZone: 'Europe/Oslo',
  },
  {
    email: 'moderator@klasteris.demo',
    displayName: 'Mantas Žukauskas',
    role: 'moderator',
    organisation: DEMO_ORGANISATION_NAMES.gintarine,
    locale: 'lt',
    timeZone: 'Europe/Vilnius',
  },
  {
    email: 'admin@klasteris.demo',
    displayName: 'Eglė Vaitkutė',
    role: 'admin',
    organisation: DEMO_ORGANISATION_NAMES.university,
    locale: 'en',
    timeZone: 'Europe/Vilnius',
  },
];
