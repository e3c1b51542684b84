/**
 * Automatic slow mode as members and moderators see it: a burst of messages
 * (or of reports) past the admins' threshold switches it on, recorded as
 * done by the system with the figure; calm switches it off again; racing
 * evaluations record one switch.
 */
import { randomUUID } from 'node:crypto';

import type {
  AuthResponse,
  AutoSlowModeSettings,
  ModerationAuditEntry,
  ModerationAuditPage,
  Room,
} from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { AutoSlowMode } from '../src/moderation/auto-slow-mode/auto-slow-mode.service';
import { JobHandlerRegistry } from '../src/platform/queue/job-handler-registry';
import { registerPerson, SignedInPerson } from './support/accounts';
import { must } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, waitFor } from './support/live-client';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

const ADMIN = { email: 'slow.admin@klasteris.test', password: 'admin-password-123' };
const DEFAULTS: AutoSlowModeSettings = {
  enabled: true,
  messagesPerMinute: 60,
  reportsPerTenMinutes: 5,
  slowModeSeconds: 10,
  calmMinutes: 5,
};
const LOW: AutoSlowModeSettings = {
  enabled: true,
  messagesPerMinute: 5,
  reportsPerTenMinutes: 1000,
  slowModeSeconds: 30,
  calmMinutes: 1,
};
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('moderation: automatic slow mode', () => {
  let app: TestApp;
  let admin: SignedInPerson;
  let learner: SignedInPerson;
  let peer: SignedInPerson;
  let room: Room;
  const sockets: LiveClient[] = [];
  const api = () => apiClient(app.baseUrl);
  const autoSlowMode = () => app.app.get(AutoSlowMode);

  const joined = async (person: SignedInPerson) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const ack = await emitWithAck(socket, 'room:join', { roomId: room.id });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return socket;
  };
  const send = (socket: LiveClient, body: string) =>
    emitWithAck(socket, 'message:send', { roomId: room.id, body, clientMsgId: randomUUID() });
  const useSettings = async (settings: AutoSlowModeSettings) =>
    must(
      await api().put<AutoSlowModeSettings>('/api/admin/moderation-settings', settings, { token: admin.accessToken }),
      200,
      'settings',
    );
  const slowModeAudit = async (roomId = room.id): Promise<ModerationAuditEntry[]> =>
    must(
      await api().get<ModerationAuditPage>(`/api/moderation/audit?action=slow_mode&roomId=${roomId}`, {
        token: admin.accessToken,
      }),
      200,
      'audit',
    ).items;
  /** Messages stored straight in the table: no send path, so no per-message trigger. */
  const storeMessages = (count: number, options: { roomId?: string; at?: Date } = {}) =>
    app.app.get(DataSource).query(
      `WITH r AS (UPDATE rooms SET last_seq = last_seq + $3 WHERE id = $1 RETURNING last_seq)
       INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, created_at)
       SELECT $1, r.last_seq - $3 + g, $2, gen_random_uuid()::text, 'Labas', coalesce($4::timestamptz, now())
         FROM r, generate_series(1, $3) g`,
      [options.roomId ?? room.id, learner.user.id, count, options.at?.toISOString() ?? null],
    );
  const slowModeOf = async (roomId = room.id) =>
    Number(
      (
        (await app.app.get(DataSource).query(`SELECT slow_mode_seconds FROM rooms WHERE id = $1`, [roomId])) as {
          slow_mode_seconds: number;
        }[]
      )[0]?.slow_mode_seconds,
    );

  beforeAll(async () => {
    app = await startTestApp({ label: 'autoslowmode', config: { admin: ADMIN } });
    const signIn = await api().post<AuthResponse>('/api/auth/login', ADMIN);
    admin = { ...must(signIn, 200, 'admin sign-in'), email: ADMIN.email, refreshCookie: '' };
  });
  beforeEach(async () => {
    [learner, peer] = await Promise.all([registerPerson(app.baseUrl, 'Greitas'), registerPerson(app.baseUrl, 'Ramus')]);
    room = await createRoom(app, [learner.user.id, peer.user.id], 'Karštas kanalas');
    await useSettings(LOW);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('lets admins read and change the thresholds within their limits', async () => {
    await useSettings(DEFAULTS);
    const read = await api().get<AutoSlowModeSettings>('/api/admin/moderation-settings', { token: admin.accessToken });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(DEFAULTS);

    const invalid: [Record<string, unknown>, string][] = [
      [{ ...DEFAULTS, enabled: 'yes' }, 'enabled'],
      [{ ...DEFAULTS, messagesPerMinute: 4 }, 'messagesPerMinute'],
      [{ ...DEFAULTS, messagesPerMinute: 10_001 }, 'messagesPerMinute'],
      [{ ...DEFAULTS, reportsPerTenMinutes: 0 }, 'reportsPerTenMinutes'],
      [{ ...DEFAULTS, slowModeSeconds: 3601 }, 'slowModeSeconds'],
      [{ ...DEFAULTS, slowModeSeconds: 1.5 }, 'slowModeSeconds'],
      [{ ...DEFAULTS, calmMinutes: 0 }, 'calmMinutes'],
      [{ ...DEFAULTS, calmMinutes: 1441 }, 'calmMinutes'],
      [{ enabled: true }, 'messagesPerMinute'],
    ];
    for (const [body, field] of invalid) {
      const response = await api().put('/api/admin/moderation-settings', body, { token: admin.accessToken });
      expect(response.status).toBe(400);
      expect(errorBody(response).code).toBe('VALIDATION_FAILED');
      expect(errorBody(response).details?.map((issue) => issue.field)).toContain(field);
    }

    expect((await api().get('/api/admin/moderation-settings', { token: learner.accessToken })).status).toBe(403);
    expect((await api().put('/api/admin/moderation-settings', LOW, { token: learner.accessToken })).status).toBe(403);
    expect(await useSettings(LOW)).toEqual(LOW);
    expect((await api().get('/api/admin/moderation-settings', { token: admin.accessToken })).body).toEqual(LOW);
  });

  it('switches on when messages spike, as the system with the figure, and off again once calm', async () => {
    const peerSocket = await joined(peer);
    const updates = collect(peerSocket, 'room:updated');
    const learnerSocket = await joined(learner);
    for (let index = 1; index <= LOW.messagesPerMinute; index += 1) {
      const ack = await send(learnerSocket, `Žinutė ${index}`);
      expect(ack.ok).toBe(true);
    }

    await waitFor(() => updates.some((update) => update.room.slowModeSeconds === LOW.slowModeSeconds), 10_000);
    const [switchedOn, ...others] = await slowModeAudit();
    expect(others).toEqual([]);
    expect(switchedOn).toMatchObject({
      action: 'slow_mode',
      actor: null,
      roomId: room.id,
      durationSeconds: LOW.slowModeSeconds,
      detail: { messagesPerMinute: LOW.messagesPerMinute, threshold: LOW.messagesPerMinute },
    });
    expect(switchedOn?.reason).toMatch(/^Automatic/);

    const tooSoon = await send(learnerSocket, 'Dar viena');
    expect(tooSoon.ok).toBe(false);
    if (!tooSoon.ok) expect(tooSoon.error.code).toBe('SLOW_MODE');

    // Not calm yet: the burst is within the last minute, and slow mode has not been on for calmMinutes.
    await autoSlowMode().sweep();
    expect(await slowModeOf()).toBe(LOW.slowModeSeconds);

    // The periodic job's handler is registered; a sweep a few minutes later finds the room calm.
    expect(app.app.get(JobHandlerRegistry).handlerOf('moderation.calm-rooms')).toBeDefined();
    await autoSlowMode().sweep(minutesFromNow(3));
    await waitFor(() => updates.some((update) => update.room.slowModeSeconds === 0), 5000);
    const [switchedOff, ...earlier] = await slowModeAudit();
    expect(earlier).toHaveLength(1);
    expect(switchedOff).toMatchObject({
      actor: null,
      durationSeconds: 0,
      detail: { messagesPerMinute: 0, reportsPerTenMinutes: 0, calmMinutes: LOW.calmMinutes },
    });
    expect((await send(learnerSocket, 'Vėl galima')).ok).toBe(true);
  });

  it('records one switch when evaluations race, on and off', async () => {
    await storeMessages(LOW.messagesPerMinute + 2);
    const on = await Promise.all(Array.from({ length: 4 }, () => autoSlowMode().evaluate(room.id)));
    expect(on.filter((made) => made !== null)).toHaveLength(1);
    expect(await slowModeAudit()).toHaveLength(1);

    const later = minutesFromNow(3);
    const off = await Promise.all(Array.from({ length: 4 }, () => autoSlowMode().evaluate(room.id, later)));
    expect(off.filter((made) => made !== null)).toHaveLength(1);
    expect(await slowModeAudit()).toHaveLength(2);
    expect(await slowModeOf()).toBe(0);
  });

  it('catches a spike the send path did not see in the periodic sweep', async () => {
    await storeMessages(LOW.messagesPerMinute);
    await autoSlowMode().sweep();
    expect(await slowModeOf()).toBe(LOW.slowModeSeconds);
    expect((await slowModeAudit())[0]?.detail).toEqual({ messagesPerMinute: LOW.messagesPerMinute, threshold: 5 });
  });

  it('switches on when reports spike', async () => {
    await useSettings({ ...LOW, messagesPerMinute: 1000, reportsPerTenMinutes: 1 });
    const peerSocket = await joined(peer);
    const updates = collect(peerSocket, 'room:updated');
    const learnerSocket = await joined(learner);
    const sent = await send(learnerSocket, 'Kažkas negražaus');
    if (!sent.ok) throw new Error(sent.error.code);

    const report = await api().post(
      '/api/reports',
      { targetType: 'message', targetId: sent.data.message.id, reason: 'Nemandagu' },
      { token: peer.accessToken },
    );
    expect(report.status).toBe(201);
    await waitFor(() => updates.some((update) => update.room.slowModeSeconds === LOW.slowModeSeconds), 10_000);
    expect((await slowModeAudit())[0]?.detail).toEqual({ reportsPerTenMinutes: 1, threshold: 1 });
  });

  it('leaves a moderator’s slow mode alone, and does not overrule one who just switched it off', async () => {
    const moderate = async (durationSeconds: number) =>
      must(
        await api().post(
          '/api/moderation/actions',
          { action: 'slow_mode', roomId: room.id, durationSeconds, reason: 'Diskusija įkaito' },
          { token: admin.accessToken },
        ),
        201,
        'slow mode by a moderator',
      );
    await moderate(20);
    await autoSlowMode().sweep(minutesFromNow(30));
    expect(await slowModeOf()).toBe(20);

    await moderate(0);
    await storeMessages(LOW.messagesPerMinute * 2);
    expect(await autoSlowMode().evaluate(room.id)).toBeNull();
    expect(await slowModeOf()).toBe(0);

    // Once calmMinutes have passed since, a new spike switches it on again.
    const later = minutesFromNow(LOW.calmMinutes + 0.5);
    await storeMessages(LOW.messagesPerMinute, { at: new Date(later.getTime() - 10_000) });
    expect(await autoSlowMode().evaluate(room.id, later)).toMatchObject({ on: true });
  });

  it('does nothing while disabled', async () => {
    await useSettings({ ...LOW, enabled: false });
    await storeMessages(LOW.messagesPerMinute * 2);
    expect(await autoSlowMode().evaluate(room.id)).toBeNull();
    await autoSlowMode().sweep();
    expect(await slowModeOf()).toBe(0);
  });
});
