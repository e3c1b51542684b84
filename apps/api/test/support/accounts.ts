/** Creating people through the public API, as a user would. */
import { randomBytes } from 'node:crypto';

import type { AuthResponse } from '@klasteris/contracts';

import { apiClient, cookieFrom } from './http';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface SignedInPerson extends AuthResponse {
  refreshCookie: string;
  email: string;
}

export async function registerPerson(baseUrl: string, name = 'Test Person'): Promise<SignedInPerson> {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'person';
  const email = `${slug}.${randomBytes(3).toString('hex')}@example.org`;
  const response = await apiClient(baseUrl).post<AuthResponse>('/api/auth/register', {
    email,
    password: TEST_PASSWORD,
    displayName: name,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...response.body, email, refreshCookie: cookieFrom(response.headers, 'klasteris_refresh') ?? '' };
}
