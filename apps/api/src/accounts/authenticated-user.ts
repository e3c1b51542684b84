/** The person behind a verified access token, as guards, controllers and the socket layer see them. */
import type { Locale, Role } from '@klasteris/contracts';

export interface AuthenticatedUser {
  id: string;
  role: Role;
  /** The sign-in session (refresh-token family) the access token belongs to. */
  sessionId: string;
  organisationId: string | null;
  displayName: string;
  locale: Locale;
}
