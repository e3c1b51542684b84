/**
 * Retention: admins set how long hidden and deleted content keeps its
 * text; the daily job clears the text of what was hidden or deleted before
 * the cut-off, nothing else, and running it again changes nothing more.
 */
import { getQueueToken } from '@nestjs/bullmq';
import type { Message, Page, RetentionSettings } from '@klasteris/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { RetentionService } from '../src/privacy/retention/retention.service';
import type { SignedInPerson } from './support/accounts';
import { ask, createConsultation } from './support/consultations';
import { addMember, createGroup, sendMessage } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { emitWithAck } from './support/live-client';
import { eventually, livePool, PRIVACY_ADMIN, signInPrivacyAdmin, signUp } from './support/privacy';
import { startTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

interface MessageState {
  id: string;
  body: string;
  purged_at: Date | null;
  reactions: number;
  mentions: number;
}

describe('privacy: retention of hidden and deleted content', () => {
  let app: TestApp;
  let sql: DataSource;
  let admin: SignedInPerson;
  let learner: SignedInPerson;
  let other: SignedInPerson;
  const live = livePool(() => app);
  const api = () => apiClient(app.baseUrl);

  const messageStates = async (ids: string[]): Promise<Record<string, MessageState>> => {
    const rows = (await sql.query(
      `SELECT m.id, m.body, m.purged_at,
              (SELECT count(*)::int FROM message_reactions r WHERE r.message_id = m.id) AS reactions,
              (SELECT count(*)::int FROM message_mentions mm WHERE mm.message_id = m.id) AS mentions
         FROM messages m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    )) as MessageState[];
    return Object.fromEntries(rows.map((row) => [row.id, row]));
  };
  const questionStates = async (ids: string[]) =>
    Object.fromEntries(
      (
        (await sql.query(`SELECT id, body, answer, purged_at FROM questions WHERE id = ANY($1::uuid[])`, [ids])) as {
          id: string;
          body: string;
          answer: string | null;
          purged_at: Date | null;
        }[]
      ).map((row) => [row.id, row]),
    );
  const backdate = (table: 'messages' | 'questions', column: 'deleted_at' | 'hidden_at', id: string, days: number) =>
    sql.query(`UPDATE ${table} SET ${column} = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);

  beforeAll(async () => {
    app = await startTestApp({ label: 'privacyretention', config: { admin: PRIVACY_ADMIN, trustProxy: true } });
    sql = app.app.get(DataSource);
    admin = await signInPrivacyAdmin(app);
    [learner, other] = await Promise.all([signUp(app, 'Learner Retention'), signUp(app, 'Other Member')]);
  });
  afterEach(() => live.closeAll());
  afterAll(() => app.close());

  it('lets only admins read and set the period, within 1 to 3650 days', async () => {
    expect((await api().get('/api/admin/retention', { token: learner.accessToken })).status).toBe(403);
    expect((await api().put('/api/admin/retention', { days: 30 }, { token: learner.accessToken })).status).toBe(403);
    expect((await api().get('/api/admin/retention')).status).toBe(401);

    const initial = await api().get<RetentionSettings>('/api/admin/retention', { token: admin.accessToken });
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({ days: 365, lastRun: null });

    for (const days of [0, 3651, 1.5, '30', null]) {
      const refused = await api().put('/api/admin/retention', { days }, { token: admin.accessToken });
      expect(refused.status).toBe(400);
      expect(errorBody(refused).code).toBe('VALIDATION_FAILED');
    }
    const set = await api().put<RetentionSettings>('/api/admin/retention', { days: 30 }, { token: admin.accessToken });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ days: 30, lastRun: null });
    expect((await api().get<RetentionSettings>('/api/admin/retention', { token: admin.accessToken })).body.days).toBe(
      30,
    );
  });

  it('is scheduled daily as a repeatable job', async () => {
    const queue = app.app.get<Queue>(getQueueToken('privacy'));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: 'privacy.purge-expired-content', pattern: '15 4 * * *', tz: 'UTC' }),
    ]);
  });

  it('clears only what was hidden or deleted before the cut-off, keeps the rows, and does nothing more a second time', async () => {
    await api().put('/api/admin/retention', { days: 30 }, { token: admin.accessToken });
    const group = await createGroup(app, learner, { name: 'Retention group' });
    await addMember(app, learner, group.id, other.user.id);
    const { socket } = await live.join(learner, group.defaultRoomId);
    const say = (body: string, extra = {}) => sendMessage(socket, group.defaultRoomId, body, extra);

    const oldDeleted = await say('Old and deleted');
    await emitWithAck(socket, 'reaction:toggle', { messageId: oldDeleted.id, emoji: '👍' });
    const oldHidden = await say('Old and hidden, mentioning @Other', { mentions: [other.user.id] });
    const replyToHidden = await say('A reply that stays', { parentId: oldHidden.id });
    const recentDeleted = await say('Deleted last week');
    const oldVisible = await say('Old but visible');
    for (const message of [oldDeleted, recentDeleted]) {
      expect((await emitWithAck(socket, 'message:delete', { messageId: message.id })).ok).toBe(true);
    }
    await backdate('messages', 'deleted_at', oldDeleted.id, 40);
    await backdate('messages', 'hidden_at', oldHidden.id, 31);
    await backdate('messages', 'deleted_at', recentDeleted.id, 7);
    await sql.query(`UPDATE messages SET created_at = now() - interval '400 days' WHERE id = $1`, [oldVisible.id]);

    const consultation = await createConsultation(app, admin.accessToken, { title: 'Retention Q&A' });
    const { socket: asking } = await live.join(learner, consultation.id);
    const oldHiddenQuestion = await ask(asking, consultation.id, 'Old hidden question');
    const recentHiddenQuestion = await ask(asking, consultation.id, 'Recently hidden question');
    const visibleQuestion = await ask(asking, consultation.id, 'Visible question');
    await sql.query(`UPDATE questions SET answer = 'An answer', status = 'answered' WHERE id = $1`, [
      oldHiddenQuestion.id,
    ]);
    await backdate('questions', 'hidden_at', oldHiddenQuestion.id, 100);
    await backdate('questions', 'hidden_at', recentHiddenQuestion.id, 2);

    const reactionsBefore = await messageStates([oldDeleted.id, oldHidden.id]);
    expect(reactionsBefore[oldDeleted.id]!.reactions).toBe(1);
    expect(reactionsBefore[oldHidden.id]!.mentions).toBe(1);

    // The real job, through the queue, as the daily schedule runs it.
    await app.app.get<Queue>(getQueueToken('privacy')).add('privacy.purge-expired-content', {});
    let settings: RetentionSettings | null = null;
    await eventually(async () => {
      settings = (await api().get<RetentionSettings>('/api/admin/retention', { token: admin.accessToken })).body;
      return settings.lastRun !== null;
    });
    expect(settings!.lastRun).toMatchObject({ messagesPurged: 2, questionsPurged: 1 });

    const messages = await messageStates([
      oldDeleted.id,
      oldHidden.id,
      replyToHidden.id,
      recentDeleted.id,
      oldVisible.id,
    ]);
    expect(messages[oldDeleted.id]).toMatchObject({ body: '', reactions: 0, mentions: 0 });
    expect(messages[oldHidden.id]).toMatchObject({ body: '', reactions: 0, mentions: 0 });
    expect(messages[replyToHidden.id]).toMatchObject({ body: 'A reply that stays', purged_at: null });
    expect(messages[recentDeleted.id]).toMatchObject({ body: 'Deleted last week', purged_at: null });
    expect(messages[oldVisible.id]).toMatchObject({ body: 'Old but visible', purged_at: null });
    const questions = await questionStates([oldHiddenQuestion.id, recentHiddenQuestion.id, visibleQuestion.id]);
    expect(questions[oldHiddenQuestion.id]).toMatchObject({ body: '', answer: null });
    expect(questions[recentHiddenQuestion.id]).toMatchObject({ body: 'Recently hidden question', purged_at: null });
    expect(questions[visibleQuestion.id]).toMatchObject({ body: 'Visible question', purged_at: null });

    // The rows stay: every seq of the room is still there, the reply still under its (now empty) parent.
    const seqs = (
      (await sql.query(`SELECT seq FROM messages WHERE room_id = $1 ORDER BY seq`, [group.defaultRoomId])) as {
        seq: string;
      }[]
    ).map((row) => Number(row.seq));
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    const history = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/messages`, {
      token: other.accessToken,
    });
    expect(history.body.items.find((message) => message.id === replyToHidden.id)).toMatchObject({
      parentId: oldHidden.id,
      body: 'A reply that stays',
    });

    // Twice, and twice at once: nothing more is purged, nothing changes.
    const before = JSON.stringify([
      await messageStates(Object.keys(messages)),
      await questionStates(Object.keys(questions)),
    ]);
    const retention = app.app.get(RetentionService);
    expect(await retention.purgeExpired()).toEqual({ ran: true, messagesPurged: 0, questionsPurged: 0 });
    const both = await Promise.all([retention.purgeExpired(), retention.purgeExpired()]);
    expect(both.map((outcome) => outcome.messagesPurged + outcome.questionsPurged)).toEqual([0, 0]);
    const after = JSON.stringify([
      await messageStates(Object.keys(messages)),
      await questionStates(Object.keys(questions)),
    ]);
    expect(after).toBe(before);
  });

  it('purges each expired item once when two purges run at the same time', async () => {
    const group = await createGroup(app, learner, { name: 'Concurrent purge' });
    // Twenty messages deleted two months ago, stored directly (sending them would hit the rate limit).
    const expired = (
      (await sql.query(
        `WITH bumped AS (UPDATE rooms SET last_seq = last_seq + 20 WHERE id = $1 RETURNING last_seq)
         INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, created_at, deleted_at)
         SELECT $1, bumped.last_seq - 20 + n, $2, 'expired-' || n, 'Expired ' || n,
                now() - interval '61 days', now() - interval '60 days'
           FROM bumped, generate_series(1, 20) AS n
         RETURNING id`,
        [group.defaultRoomId, learner.user.id],
      )) as { id: string }[]
    ).map((row) => row.id);
    expect(expired).toHaveLength(20);
    const retention = app.app.get(RetentionService);
    const outcomes = await Promise.all([retention.purgeExpired(), retention.purgeExpired()]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.messagesPurged, 0)).toBe(20);
    const [{ purged }] = (await sql.query(
      `SELECT count(*)::int AS purged FROM messages WHERE id = ANY($1::uuid[]) AND body = '' AND purged_at IS NOT NULL`,
      [expired],
    )) as [{ purged: number }];
    expect(purged).toBe(20);
  });
});
