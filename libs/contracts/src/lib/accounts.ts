import type { IsoDateTime, Uuid } from './common';

export const ROLES = ['learner', 'lecturer', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['lt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ORGANISATION_KINDS = ['municipality', 'ngo', 'business', 'university', 'public_body'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const COUNTRIES = ['LT', 'NO'] as const;
export type Country = (typeof COUNTRIES)[number];

export interface User {
  id: Uuid;
  email: string;
  displayName: string;
  role: Role;
  organisationId: Uuid | null;
  locale: Locale;
  timeZone: string;
}

/** What an admin sees of a person: the user plus the account state. */
export interface AdminUserView extends User {
  organisationName: string | null;
  deactivated: boolean;
  createdAt: IsoDateTime;
}

export interface Organisation {
  id: Uuid;
  name: string;
  kind: OrganisationKind;
  country: Country;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  organisationId?: Uuid;
  locale?: Locale;
  timeZone?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AuthResponse {
  accessToken: string;
  user: User;
}

export interface RefreshResponse {
  accessToken: string;
}

export interface UpdateMeRequest {
  displayName?: string;
  locale?: Locale;
  timeZone?: string;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  country: Country;
}

export interface UpdateUserRequest {
  role?: Role;
  /** Deactivating signs the person out everywhere and refuses sign-in. */
  deactivated?: boolean;
}

/** Minimum password length accepted at registration. */
export const PASSWORD_MIN_LENGTH = 10;
