/** Moderation for tests: people with roles, a group channel with members, reports and actions through the API. */
import type {
  AuthResponse,
  Message,
  ModerationActionRequest,
  ModerationAuditEntry,
  Report,
} from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { SignedInPerson } from './accounts';
import { registerPerson } from './accounts';
import { registerModerator } from './consultations';
import { addMember, createGroup, must } from './groups';
import { apiClient, type ApiResponse } from './http';
import type { LiveClient } from './live-client';
import type { TestApp } from './test-app';

export const MODERATION_ADMIN = { email: 'moderation.admin@klasteris.test', password: 'admin-password-123' };

export async function signInModerationAdmin(app: TestApp): Promise<SignedInPerson> {
  const response = await apiClient(app.baseUrl).post<AuthResponse>('/api/auth/login', MODERATION_ADMIN);
  return { ...must(response, 200, 'admin sign-in'), email: MODERATION_ADMIN.email, refreshCookie: '' };
}

export interface ModerationCast {
  admin: SignedInPerson;
  moderator: SignedInPerson;
}

export async function moderationCast(app: TestApp): Promise<ModerationCast> {
  const admin = await signInModerationAdmin(app);
  const moderator = await registerModerator(app, admin.accessToken, 'Mona Moderatorė');
  return { admin, moderator };
}

export interface Channel {
  roomId: string;
  groupId: string;
  owner: SignedInPerson;
  member: SignedInPerson;
}

/** A working group whose default channel has an owner and one more member, both learners. */
export async function channelWithMembers(app: TestApp, names = ['Ona Savininkė', 'Tomas Narys']): Promise<Channel> {
  const [owner, member] = await Promise.all(names.map((name) => registerPerson(app.baseUrl, name)));
  const group = await createGroup(app, owner!);
  await addMember(app, owner!, group.id, member!.user.id);
  return { roomId: group.defaultRoomId, groupId: group.id, owner: owner!, member: member! };
}

export function act(
  app: TestApp,
  token: string,
  body: ModerationActionRequest,
): Promise<ApiResponse<ModerationAuditEntry>> {
  return apiClient(app.baseUrl).post<ModerationAuditEntry>('/api/moderation/actions', body, { token });
}

export async function acted(app: TestApp, token: string, body: ModerationActionRequest): Promise<ModerationAuditEntry> {
  return must(await act(app, token, body), 201, `moderation action ${body.action}`);
}

export function report(
  app: TestApp,
  token: string,
  body: { targetType: 'message' | 'question'; targetId: string; reason: string },
): Promise<ApiResponse<Report>> {
  return apiClient(app.baseUrl).post<Report>('/api/reports', body, { token });
}

export async function auditCount(app: TestApp, where: { action?: string; roomId?: string } = {}): Promise<number> {
  const [row] = (await app.app.get(DataSource).query(
    `SELECT count(*)::int AS count FROM moderation_audit
      WHERE ($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR room_id = $2)`,
    [where.action ?? null, where.roomId ?? null],
  )) as { count: number }[];
  return row?.count ?? 0;
}

export function sql<T = unknown>(app: TestApp, query: string, params: unknown[] = []): Promise<T[]> {
  return app.app.get(DataSource).query(query, params) as Promise<T[]>;
}

export interface ReceivedMessageEvent {
  event: 'message:new' | 'message:updated' | 'message:deleted';
  message: Message;
}

/**
 * Every event carrying a message (new, updated, deleted) that the socket
 * receives from now on about one message, in order: for asserting that a
 * hidden message reaches nobody who may not see it.
 */
export function messageEventsAbout(socket: LiveClient, messageId: string): ReceivedMessageEvent[] {
  const received: ReceivedMessageEvent[] = [];
  for (const event of ['message:new', 'message:updated', 'message:deleted'] as const) {
    socket.on(event, ({ message }) => {
      if (message.id === messageId) received.push({ event, message });
    });
  }
  return received;
}
