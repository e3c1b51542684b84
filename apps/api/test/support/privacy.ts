/**
 * Set-up for the privacy and system-status tests: people registered through
 * the API (each from an address of its own, so registration limits do not
 * bite; the app must trust the proxy header), roles given in SQL (read from
 * the database on every request), and live sockets that are closed at the end.
 */
import { randomBytes } from 'node:crypto';

import type { AuthResponse, Role, RoomJoinResult } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { TEST_PASSWORD, type SignedInPerson } from './accounts';
import { apiClient, cookieFrom } from './http';
import { connected, emitWithAck, liveClient, type LiveClient } from './live-client';
import type { TestApp } from './test-app';

export const PRIVACY_ADMIN = { email: 'privacy.admin@klasteris.test', password: 'admin-password-123' };

export async function signUp(app: TestApp, name: string, role: Role = 'learner'): Promise<SignedInPerson> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${randomBytes(4).toString('hex')}@example.org`;
  const address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${(randomBytes(1)[0]! % 250) + 1}`;
  const response = await apiClient(app.baseUrl).post<AuthResponse>(
    '/api/auth/register',
    { email, password: TEST_PASSWORD, displayName: name },
    { headers: { 'x-forwarded-for': address } },
  );
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  if (role !== 'learner') {
    await app.app.get(DataSource).query(`UPDATE users SET role = $2 WHERE id = $1`, [response.body.user.id, role]);
  }
  return {
    ...response.body,
    user: { ...response.body.user, role },
    email,
    refreshCookie: cookieFrom(response.headers, 'klasteris_refresh') ?? '',
  };
}

export async function signInPrivacyAdmin(app: TestApp): Promise<SignedInPerson> {
  const response = await apiClient(app.baseUrl).post<AuthResponse>('/api/auth/login', PRIVACY_ADMIN);
  if (response.status !== 200) throw new Error(`admin sign-in failed: ${response.status}`);
  return { ...response.body, email: PRIVACY_ADMIN.email, refreshCookie: '' };
}

/** Opens sockets and closes every one of them in `closeAll`. */
export function livePool(app: () => TestApp) {
  const sockets: LiveClient[] = [];
  return {
    async connect(person: SignedInPerson): Promise<LiveClient> {
      const socket = liveClient(app().baseUrl, person.accessToken);
      sockets.push(socket);
      await connected(socket);
      return socket;
    },
    async join(person: SignedInPerson, roomId: string): Promise<{ socket: LiveClient; joined: RoomJoinResult }> {
      const socket = await this.connect(person);
      const ack = await emitWithAck(socket, 'room:join', { roomId });
      if (!ack.ok) throw new Error(`join refused: ${ack.error.code} ${ack.error.message}`);
      return { socket, joined: ack.data };
    },
    closeAll(): void {
      sockets.splice(0).forEach((socket) => socket.disconnect());
    },
  };
}

/** Polls an asynchronous condition (jobs, notifications) until it holds. */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
