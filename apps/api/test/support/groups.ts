/** Working groups for tests, made through the public API as people would make them. */
import { randomBytes, randomUUID } from 'node:crypto';

import type { AuthResponse, GroupDetail, GroupRole, Message, Organisation } from '@klasteris/contracts';

import { cookieFrom, apiClient, type ApiResponse } from './http';
import { TEST_PASSWORD, type SignedInPerson } from './accounts';
import { emitWithAck, type LiveClient } from './live-client';
import type { TestApp } from './test-app';

export const GROUPS_ADMIN = { email: 'groups.admin@klasteris.test', password: 'admin-password-123' };

export const must = <T>(response: ApiResponse<T>, status: number, what: string): T => {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};

export async function signInGroupsAdmin(app: TestApp): Promise<SignedInPerson> {
  const response = await apiClient(app.baseUrl).post<AuthResponse>('/api/auth/login', GROUPS_ADMIN);
  const body = must(response, 200, 'admin sign-in');
  return { ...body, email: GROUPS_ADMIN.email, refreshCookie: '' };
}

export async function createOrganisation(
  app: TestApp,
  adminToken: string,
  name = 'Savivaldybė',
): Promise<Organisation> {
  const response = await apiClient(app.baseUrl).post<Organisation>(
    '/api/organisations',
    { name: `${name} ${randomBytes(3).toString('hex')}`, kind: 'municipality', country: 'LT' },
    { token: adminToken },
  );
  return must(response, 201, 'create organisation');
}

/** Registers a person who works for the organisation. */
export async function registerWith(app: TestApp, organisationId: string, name = 'Colleague'): Promise<SignedInPerson> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${randomBytes(3).toString('hex')}@example.org`;
  const response = await apiClient(app.baseUrl).post<AuthResponse>('/api/auth/register', {
    email,
    password: TEST_PASSWORD,
    displayName: name,
    organisationId,
  });
  const body = must(response, 201, 'register');
  return { ...body, email, refreshCookie: cookieFrom(response.headers, 'klasteris_refresh') ?? '' };
}

export async function createGroup(
  app: TestApp,
  owner: SignedInPerson,
  body: { name?: string; description?: string; organisationIds?: string[] } = {},
): Promise<GroupDetail> {
  const response = await apiClient(app.baseUrl).post<GroupDetail>(
    '/api/groups',
    { name: 'Skurdo prevencija', description: 'Utena, Biržai ir partneriai', ...body },
    { token: owner.accessToken },
  );
  return must(response, 201, 'create group');
}

export async function addMember(
  app: TestApp,
  owner: SignedInPerson,
  groupId: string,
  userId: string,
): Promise<GroupDetail> {
  const response = await apiClient(app.baseUrl).post<GroupDetail>(
    `/api/groups/${groupId}/members`,
    { userId },
    { token: owner.accessToken },
  );
  return must(response, 200, 'add member');
}

/** `PATCH /api/groups/:id/members/:userId` `{role}` as `by`, expecting 200. */
export async function setMemberRole(
  app: TestApp,
  by: SignedInPerson,
  groupId: string,
  userId: string,
  role: GroupRole,
): Promise<GroupDetail> {
  const response = await apiClient(app.baseUrl).patch<GroupDetail>(
    `/api/groups/${groupId}/members/${userId}`,
    { role },
    { token: by.accessToken },
  );
  return must(response, 200, `make ${role}`);
}

export async function sendMessage(
  socket: LiveClient,
  roomId: string,
  body: string,
  extra: { parentId?: string; mentions?: string[] } = {},
): Promise<Message> {
  const ack = await emitWithAck(socket, 'message:send', { roomId, body, clientMsgId: randomUUID(), ...extra });
  if (!ack.ok) throw new Error(`send refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data.message;
}
