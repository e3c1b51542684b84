/**
 * The banned-word filter as admins and members meet it: admins keep the
 * lists; a refused word is refused at send whatever its case and diacritics;
 * a held one is stored hidden, shown to its author, queued for moderators.
 */
import { randomUUID } from 'node:crypto';

import type { AuthResponse, BannedWordList, Message, Page, ReportedItem, Room } from '@klasteris/contracts';

import { REFRESH_INTERVAL_MS } from '../src/moderation/banned-words/content-screening';
import { registerPerson, SignedInPerson } from './support/accounts';
import { must } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { connected, emitWithAck, liveClient, LiveClient, pause } from './support/live-client';
import { eventually } from './support/notifications';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'words.admin@klasteris.test', password: 'admin-password-123' };

describe('moderation: banned words', () => {
  let app: TestApp;
  let admin: SignedInPerson;
  let learner: SignedInPerson;
  let peer: SignedInPerson;
  let room: Room;
  const sockets: LiveClient[] = [];
  const api = () => apiClient(app.baseUrl);

  const joined = async (person: SignedInPerson, baseUrl = app.baseUrl) => {
    const socket = liveClient(baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const ack = await emitWithAck(socket, 'room:join', { roomId: room.id });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return socket;
  };
  const send = (socket: LiveClient, body: string) =>
    emitWithAck(socket, 'message:send', { roomId: room.id, body, clientMsgId: randomUUID() });
  const saveList = async (list: { name: string; language: 'lt' | 'en'; mode: 'hold' | 'refuse'; words: string[] }) =>
    must(
      await api().post<BannedWordList>('/api/admin/banned-words', list, { token: admin.accessToken }),
      201,
      'save list',
    );
  const history = async (person: SignedInPerson) =>
    must(
      await api().get<Page<Message>>(`/api/rooms/${room.id}/messages`, { token: person.accessToken }),
      200,
      'history',
    ).items;

  beforeAll(async () => {
    app = await startTestApp({ label: 'bannedwords', config: { admin: ADMIN } });
    const signIn = await api().post<AuthResponse>('/api/auth/login', ADMIN);
    admin = { ...must(signIn, 200, 'admin sign-in'), email: ADMIN.email, refreshCookie: '' };
  });
  beforeEach(async () => {
    [learner, peer] = await Promise.all([
      registerPerson(app.baseUrl, 'Rašytojas'),
      registerPerson(app.baseUrl, 'Skaitytoja'),
    ]);
    room = await createRoom(app, [learner.user.id, peer.user.id], 'Filtro kanalas');
  });
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
    const lists = await api().get<BannedWordList[]>('/api/admin/banned-words', { token: admin.accessToken });
    for (const list of lists.body) {
      await api().delete(`/api/admin/banned-words/${list.id}`, { token: admin.accessToken });
    }
  });
  afterAll(() => app.close());

  it('lets admins create, list, change and remove lists, dropping blanks and entries that fold alike', async () => {
    const created = await saveList({
      name: '  Keiksmai ',
      language: 'lt',
      mode: 'hold',
      words: ['Šūdas', ' ', 'SUDAS', 'kvaila   karvė', 'sudas'],
    });
    expect(created).toMatchObject({ name: 'Keiksmai', language: 'lt', mode: 'hold', words: ['Šūdas', 'kvaila karvė'] });
    expect(Date.parse(created.updatedAt)).not.toBeNaN();

    const listed = await api().get<BannedWordList[]>('/api/admin/banned-words', { token: admin.accessToken });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([created]);

    const changed = await api().put<BannedWordList>(
      `/api/admin/banned-words/${created.id}`,
      { name: 'Insults', language: 'en', mode: 'refuse', words: ['idiot'] },
      { token: admin.accessToken },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id: created.id,
      name: 'Insults',
      language: 'en',
      mode: 'refuse',
      words: ['idiot'],
    });

    const removed = await api().delete(`/api/admin/banned-words/${created.id}`, { token: admin.accessToken });
    expect(removed.status).toBe(204);
    expect((await api().get<BannedWordList[]>('/api/admin/banned-words', { token: admin.accessToken })).body).toEqual(
      [],
    );

    const body = { name: 'X', language: 'en', mode: 'hold', words: [] };
    for (const response of [
      await api().put(`/api/admin/banned-words/${created.id}`, body, { token: admin.accessToken }),
      await api().delete(`/api/admin/banned-words/${created.id}`, { token: admin.accessToken }),
    ]) {
      expect(response.status).toBe(404);
      expect(errorBody(response).code).toBe('NOT_FOUND');
    }
    const malformed = await api().delete('/api/admin/banned-words/not-a-uuid', { token: admin.accessToken });
    expect(malformed.status).toBe(400);
  });

  it('is for admins only', async () => {
    const body = { name: 'Mine', language: 'en', mode: 'hold', words: ['idiot'] };
    const id = randomUUID();
    for (const response of [
      await api().get('/api/admin/banned-words', { token: learner.accessToken }),
      await api().post('/api/admin/banned-words', body, { token: learner.accessToken }),
      await api().put(`/api/admin/banned-words/${id}`, body, { token: learner.accessToken }),
      await api().delete(`/api/admin/banned-words/${id}`, { token: learner.accessToken }),
    ]) {
      expect(response.status).toBe(403);
    }
    expect((await api().get('/api/admin/banned-words')).status).toBe(401);
  });

  it('refuses lists outside the limits, naming the field', async () => {
    const valid = { name: 'Valid', language: 'en', mode: 'hold', words: ['idiot'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, name: '   ' }, 'name'],
      [{ ...valid, name: 'x'.repeat(101) }, 'name'],
      [{ ...valid, language: 'de' }, 'language'],
      [{ ...valid, mode: 'block' }, 'mode'],
      [{ ...valid, words: 'idiot' }, 'words'],
      [{ ...valid, words: ['x'.repeat(101)] }, 'words'],
      [{ ...valid, words: [42] }, 'words'],
      [{ ...valid, words: Array.from({ length: 2001 }, (_, index) => `word${index}`) }, 'words'],
      [{ name: 'No words', language: 'en', mode: 'hold' }, 'words'],
    ];
    for (const [body, field] of cases) {
      const response = await api().post('/api/admin/banned-words', body, { token: admin.accessToken });
      expect(response.status).toBe(400);
      expect(errorBody(response).code).toBe('VALIDATION_FAILED');
      expect(errorBody(response).details?.map((issue) => issue.field)).toContain(field);
    }
    const atTheLimit = await api().post(
      '/api/admin/banned-words',
      { ...valid, words: Array.from({ length: 2000 }, (_, index) => `word${index}`) },
      { token: admin.accessToken },
    );
    expect(atTheLimit.status).toBe(201);
  });

  it('refuses a word of a refusing list sent in capitals or without its diacritics, and stores nothing', async () => {
    await saveList({ name: 'Keiksmai', language: 'lt', mode: 'refuse', words: ['Šūdas'] });
    await saveList({ name: 'Insults', language: 'en', mode: 'hold', words: ['idiot'] });
    const socket = await joined(learner);

    for (const body of ['TU ŠŪDAS!', 'tu sudas', 'Sudas, idiot']) {
      const ack = await send(socket, body);
      expect(ack.ok).toBe(false);
      if (!ack.ok) {
        expect(ack.error.code).toBe('VALIDATION_FAILED');
        expect(ack.error.message).not.toMatch(/sudas|šūdas/i);
      }
    }
    expect(await history(learner)).toEqual([]);

    // A longer word that only starts the same is not the banned word; the connection is still usable.
    const clean = await send(socket, 'Sudasai yra kitas žodis');
    expect(clean.ok).toBe(true);
    expect((await history(peer)).map((message) => message.body)).toEqual(['Sudasai yra kitas žodis']);
  });

  it('holds a word of a holding list: shown to its author, hidden from peers, queued for moderators', async () => {
    await saveList({ name: 'Offensive words', language: 'en', mode: 'hold', words: ['kvaila karvė'] });
    const socket = await joined(learner);

    const ack = await send(socket, 'Tu KVAILA   karve');
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    const held = ack.data.message;
    expect(held.held).toBe(true);

    expect((await history(peer)).map((message) => message.id)).not.toContain(held.id);
    expect((await history(learner)).map((message) => message.id)).toContain(held.id);

    const queued = await eventually('the held message in the moderation queue', async () => {
      const response = await api().get<Page<ReportedItem>>('/api/moderation/reports?status=open', {
        token: admin.accessToken,
      });
      return response.body.items.find((item) => item.targetId === held.id);
    });
    expect(queued.reports).toHaveLength(1);
    expect(queued.reports[0]?.reporter).toBeNull();
  });

  it('reaches another node within the refresh interval', async () => {
    const other = await startTestApp({ label: 'bannedwords2', databaseUrl: app.config.databaseUrl });
    try {
      const socket = await joined(learner, other.baseUrl);
      expect((await send(socket, 'grumpy cat')).ok).toBe(true);
      await saveList({ name: 'Cats', language: 'en', mode: 'refuse', words: ['grumpy cat'] });
      // Sent every 400 ms, within the send rate limit, until the other node has picked up the change.
      const deadline = Date.now() + REFRESH_INTERVAL_MS * 3;
      let code: string | null = null;
      while (code !== 'VALIDATION_FAILED' && Date.now() < deadline) {
        await pause(400);
        const ack = await send(socket, 'grumpy   cat');
        code = ack.ok ? null : ack.error.code;
      }
      expect(code).toBe('VALIDATION_FAILED');
    } finally {
      sockets.splice(0).forEach((socket) => socket.disconnect());
      await other.close();
    }
  });
  it('seeds the demo lists, holding in both languages, once on the first start', async () => {
    const demoAdmin = { email: 'demo.words.admin@klasteris.test', password: 'admin-password-123' };
    const first = await startTestApp({ label: 'bannedwordsdemo', config: { demoData: true, admin: demoAdmin } });
    let again: TestApp | null = null;
    try {
      again = await startTestApp({
        label: 'bannedwordsdemo2',
        databaseUrl: first.config.databaseUrl,
        config: { demoData: true, admin: demoAdmin },
      });
      const token = must(
        await apiClient(again.baseUrl).post<AuthResponse>('/api/auth/login', demoAdmin),
        200,
        'sign-in',
      ).accessToken;
      const lists = must(
        await apiClient(again.baseUrl).get<BannedWordList[]>('/api/admin/banned-words', { token }),
        200,
        'lists',
      );
      expect(lists.map((list) => [list.language, list.mode])).toEqual([
        ['en', 'hold'],
        ['lt', 'hold'],
      ]);
    } finally {
      await again?.close();
      await first.close();
    }
  });
});
