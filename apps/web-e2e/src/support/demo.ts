/**
 * The seeded demo people the browser tests act as: finding one by e-mail,
 * signing in as one through the page, and calling the API as one to set a
 * scene up (a working group with the NGO in it).
 */
import type { AuthResponse, GroupDetail, Organisation, Page as ApiPage } from '@klasteris/contracts';
import type { Page } from 'playwright-core';

import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '../../../api/src/seed/demo-accounts';
import { DEMO_ORGANISATION_NAMES } from '../../../api/src/seed/demo-organisations';

export function demoAccount(email: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`The seed has no ${email}`);
  return account;
}

/** Signs in through the sign-in page (in English) and waits for home. */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** A JSON call to the API; anything but a 2xx throws with the answer. */
export async function apiCall<T>(
  baseUrl: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<T> {
  const { token, ...rest } = init;
  const response = await fetch(`${baseUrl}${path}`, {
    ...rest,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  if (!response.ok) throw new Error(`${rest.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A working group created by `owner`, with the NGO Gintarinė akademija (and so its people) in it. */
export async function groupWithTheNgo(
  baseUrl: string,
  owner: DemoAccount,
  group: { name: string; description: string },
): Promise<GroupDetail> {
  const { accessToken } = await apiCall<AuthResponse>(baseUrl, '/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: owner.email, password: DEMO_PASSWORD }),
  });
  const organisations = await apiCall<ApiPage<Organisation>>(baseUrl, '/api/organisations');
  const ngo = organisations.items.find((organisation) => organisation.name === DEMO_ORGANISATION_NAMES.gintarine);
  if (!ngo) throw new Error('The seed has no Gintarinė akademija');
  return apiCall<GroupDetail>(baseUrl, '/api/groups', {
    method: 'POST',
    token: accessToken,
    body: JSON.stringify({ ...group, organisationIds: [ngo.id] }),
  });
}
