/** Consultations and their questions for tests, through the public API and sockets as people would use them. */
import { randomBytes, randomUUID } from 'node:crypto';

import type { AuthResponse, Consultation, CreateConsultationRequest, Question } from '@klasteris/contracts';

import { registerPerson, type SignedInPerson, TEST_PASSWORD } from './accounts';
import { apiClient } from './http';
import { connected, emitWithAck, liveClient, type LiveClient } from './live-client';
import type { TestApp } from './test-app';

export async function createConsultation(
  app: TestApp,
  token: string,
  body: Partial<CreateConsultationRequest> = {},
): Promise<Consultation> {
  const response = await apiClient(app.baseUrl).post<Consultation>(
    '/api/consultations',
    { title: 'Konsultacija · Q&A', moderation: 'post', ...body },
    { token },
  );
  if (response.status !== 201) {
    throw new Error(`create consultation: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/**
 * Many people at once, each registering from an address of their own (the
 * app must trust the proxy header: `config: { trustProxy: true }`), so the
 * per-address registration limit is not what the test measures.
 */
export async function registerCrowd(app: TestApp, count: number, name = 'Learner'): Promise<SignedInPerson[]> {
  const api = apiClient(app.baseUrl);
  const batch = randomBytes(3).toString('hex');
  const people: SignedInPerson[] = [];
  // A few at a time: password hashing is deliberately slow and the machine is shared.
  for (let start = 0; start < count; start += 8) {
    const chunk = Array.from({ length: Math.min(8, count - start) }, (_, offset) => start + offset);
    people.push(
      ...(await Promise.all(
        chunk.map(async (index) => {
          const email = `crowd-${batch}-${index}@example.org`;
          const response = await api.post<AuthResponse>(
            '/api/auth/register',
            { email, password: TEST_PASSWORD, displayName: `${name} ${index + 1}` },
            { headers: { 'x-forwarded-for': `10.77.${Math.floor(index / 200)}.${(index % 200) + 1}` } },
          );
          if (response.status !== 201) throw new Error(`register failed: ${response.status}`);
          return { ...response.body, email, refreshCookie: '' };
        }),
      )),
    );
  }
  return people;
}

/** A person made moderator by an admin. */
export async function registerModerator(app: TestApp, adminToken: string, name = 'Moderator'): Promise<SignedInPerson> {
  const person = await registerPerson(app.baseUrl, name);
  const changed = await apiClient(app.baseUrl).patch(
    `/api/users/${person.user.id}`,
    { role: 'moderator' },
    { token: adminToken },
  );
  if (changed.status !== 200) throw new Error(`role change failed: ${changed.status}`);
  return { ...person, user: { ...person.user, role: 'moderator' } };
}

/** Opens sockets and closes them all at the end of each test. */
export function socketPool(app: () => TestApp) {
  const sockets: LiveClient[] = [];
  return {
    async connect(person: SignedInPerson, on: TestApp = app()): Promise<LiveClient> {
      const socket = liveClient(on.baseUrl, person.accessToken);
      sockets.push(socket);
      await connected(socket);
      return socket;
    },
    /** Connected and in the room; the join's questions with it. */
    async joined(
      person: SignedInPerson,
      roomId: string,
      on: TestApp = app(),
    ): Promise<{ socket: LiveClient; questions: Question[] }> {
      const socket = await this.connect(person, on);
      const ack = await emitWithAck(socket, 'room:join', { roomId });
      if (!ack.ok) throw new Error(`join refused: ${ack.error.code} ${ack.error.message}`);
      return { socket, questions: ack.data.questions };
    },
    closeAll(): void {
      sockets.splice(0).forEach((socket) => socket.disconnect());
    },
  };
}

export async function ask(
  socket: LiveClient,
  roomId: string,
  body: string,
  extra: { anonymous?: boolean; clientMsgId?: string } = {},
): Promise<Question> {
  const ack = await emitWithAck(socket, 'question:ask', {
    roomId,
    body,
    clientMsgId: extra.clientMsgId ?? randomUUID(),
    ...(extra.anonymous === undefined ? {} : { anonymous: extra.anonymous }),
  });
  if (!ack.ok) throw new Error(`ask refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data.question;
}

/** The latest (highest version) of each question a client received, by id. */
export function latestById(events: { question: Question }[]): Map<string, Question> {
  const latest = new Map<string, Question>();
  for (const { question } of events) {
    const known = latest.get(question.id);
    if (!known || known.version < question.version) latest.set(question.id, question);
  }
  return latest;
}
