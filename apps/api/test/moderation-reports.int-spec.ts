/**
 * Reports and the moderators' queue: one report per person and item, the
 * queue grouped by item (first reported first) with the messages around it,
 * moderators told once per item, reporters told the outcome, dismissal.
 */
import { randomUUID } from 'node:crypto';

import type { Message, ModerationAuditEntry, Page, ReportedItem } from '@klasteris/contracts';

import { registerPerson, type SignedInPerson } from './support/accounts';
import { ask, createConsultation, socketPool } from './support/consultations';
import { sendMessage } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { emitWithAck } from './support/live-client';
import {
  acted,
  auditCount,
  Channel,
  channelWithMembers,
  MODERATION_ADMIN,
  ModerationCast,
  moderationCast,
  report,
  sql,
} from './support/moderation';
import { eventually, queuesSettled, storedNotifications } from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describe('reports and the moderation queue', () => {
  let app: TestApp;
  let cast: ModerationCast;
  let channel: Channel;
  let third: SignedInPerson;
  const pool = socketPool(() => app);
  const api = () => apiClient(app.baseUrl);
  const queue = (query = '') =>
    api().get<Page<ReportedItem>>(`/api/moderation/reports${query}`, { token: cast.moderator.accessToken });
  const reportNotices = async (person: SignedInPerson, prefix: string) =>
    (await storedNotifications(app, person.user.id)).filter((row) => row.key.startsWith(prefix));

  beforeAll(async () => {
    app = await startTestApp({ label: 'modreports', config: { admin: MODERATION_ADMIN } });
    cast = await moderationCast(app);
  });
  beforeEach(async () => {
    channel = await channelWithMembers(app);
    third = await registerPerson(app.baseUrl, 'Outsider');
  });
  afterEach(() => pool.closeAll());
  afterAll(() => app.close());

  /** Nine messages in the channel, alternating authors. */
  async function conversation(): Promise<Message[]> {
    const { socket: ownerSocket } = await pool.joined(channel.owner, channel.roomId);
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const messages: Message[] = [];
    for (let i = 1; i <= 9; i += 1) {
      messages.push(await sendMessage(i % 2 ? memberSocket : ownerSocket, channel.roomId, `žinutė ${i}`));
    }
    return messages;
  }

  async function closeAllOpen(): Promise<void> {
    for (;;) {
      const open = await queue('?limit=50');
      if (open.body.items.length === 0) return;
      for (const item of open.body.items) {
        await api().post(
          '/api/moderation/reports/dismiss',
          { targetType: item.targetType, targetId: item.targetId, reason: 'cleanup' },
          { token: cast.moderator.accessToken },
        );
      }
    }
  }

  it('takes one report per person and item: 201 then 409; 404 for what the reporter cannot see', async () => {
    const [message] = await conversation();
    const first = await report(app, channel.owner.accessToken, {
      targetType: 'message',
      targetId: message!.id,
      reason: '  Įžeidžia  ',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      targetType: 'message',
      targetId: message!.id,
      reason: 'Įžeidžia',
      status: 'open',
    });
    const second = await report(app, channel.owner.accessToken, {
      targetType: 'message',
      targetId: message!.id,
      reason: 'dar kartą',
    });
    expect(second.status).toBe(409);
    expect(errorBody(second).code).toBe('CONFLICT');

    const outsider = await report(app, third.accessToken, {
      targetType: 'message',
      targetId: message!.id,
      reason: 'x',
    });
    expect(outsider.status).toBe(404);
    const unknown = await report(app, third.accessToken, {
      targetType: 'question',
      targetId: randomUUID(),
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
    const empty = await report(app, channel.member.accessToken, {
      targetType: 'message',
      targetId: message!.id,
      reason: ' ',
    });
    expect(empty.status).toBe(400);

    const { socket } = await pool.joined(channel.member, channel.roomId);
    const own = await sendMessage(socket, channel.roomId, 'ištrinsiu');
    expect((await emitWithAck(socket, 'message:delete', { messageId: own.id })).ok).toBe(true);
    const deleted = await report(app, channel.owner.accessToken, {
      targetType: 'message',
      targetId: own.id,
      reason: 'x',
    });
    expect(deleted.status).toBe(404);
    await closeAllOpen();
  });

  it('groups reports by item, first reported first, with the item in context and its link', async () => {
    await closeAllOpen();
    const messages = await conversation();
    const fifth = messages[4]!;
    const second = messages[1]!;
    await report(app, channel.owner.accessToken, { targetType: 'message', targetId: fifth.id, reason: 'Pirmas' });
    await report(app, channel.member.accessToken, { targetType: 'message', targetId: second.id, reason: 'Kitas' });
    await report(app, channel.member.accessToken, { targetType: 'message', targetId: fifth.id, reason: 'Antras' });

    const response = await queue();
    expect(response.status).toBe(200);
    expect(response.body.items.map((item) => item.targetId)).toEqual([fifth.id, second.id]);
    const [top, next] = response.body.items;
    expect(top).toMatchObject({
      targetType: 'message',
      roomId: channel.roomId,
      status: 'open',
      link: `/groups/${channel.groupId}/channels/${channel.roomId}?message=${fifth.seq}`,
      message: { id: fifth.id, hidden: false },
      question: null,
      author: { id: channel.member.user.id },
    });
    expect(top!.reports.map((entry) => [entry.reason, entry.reporter?.id])).toEqual([
      ['Pirmas', channel.owner.user.id],
      ['Antras', channel.member.user.id],
    ]);
    expect(top!.context.map((item) => item.seq)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(next!.context.map((item) => item.seq)).toEqual([1, 2, 3, 4, 5]);

    // The item as a moderator sees it: hidden ones stay, marked, also in the context.
    await acted(app, cast.moderator.accessToken, {
      action: 'hide',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: messages[3]!.id,
      reason: 'r',
    });
    const withHidden = await queue();
    expect(withHidden.body.items[0]!.context.find((item) => item.seq === 4)).toMatchObject({ hidden: true });

    const paged = await queue('?limit=1');
    expect(paged.body.items.map((item) => item.targetId)).toEqual([fifth.id]);
    const rest = await queue(`?limit=1&cursor=${paged.body.nextCursor}`);
    expect(rest.body.items.map((item) => item.targetId)).toEqual([second.id]);
    expect(rest.body.nextCursor).toBeNull();
    await closeAllOpen();
  });

  it('tells moderators once per item and each reporter the outcome, in their language', async () => {
    await closeAllOpen();
    const messages = await conversation();
    const target = messages[0]!;
    await api().patch('/api/me', { locale: 'lt' }, { token: channel.owner.accessToken });
    await queuesSettled(app);
    const earlier = (await reportNotices(cast.moderator, 'report-filed:')).length;
    const filed = await report(app, channel.owner.accessToken, {
      targetType: 'message',
      targetId: target.id,
      reason: 'Blogai',
    });
    await report(app, channel.member.accessToken, {
      targetType: 'message',
      targetId: target.id,
      reason: 'Tikrai blogai',
    });
    await eventually(
      'moderator told',
      async () => (await reportNotices(cast.moderator, `report-filed:${filed.body.id}:`)).length > 0,
    );
    await queuesSettled(app);
    // One notification for the item, not one per report.
    expect((await reportNotices(cast.moderator, 'report-filed:')).length).toBe(earlier + 1);
    expect((await reportNotices(cast.admin, `report-filed:${filed.body.id}:`)).length).toBe(1);

    const before = await auditCount(app, { roomId: channel.roomId });
    const entry = await acted(app, cast.moderator.accessToken, {
      action: 'hide',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: target.id,
      reason: 'Pažeidžia taisykles',
    });
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(before + 1);
    const toOwner = await eventually('reporter told', async () => {
      const rows = await reportNotices(channel.owner, 'report-outcome:');
      return rows.length > 0 && rows;
    });
    expect(toOwner[0]!.key).toBe(`report-outcome:${filed.body.id}`);
    expect(toOwner[0]!.title).toContain('Moderavimas');
    await eventually(
      'second reporter told',
      async () => (await reportNotices(channel.member, 'report-outcome:')).length === 1,
    );

    expect((await queue()).body.items.map((item) => item.targetId)).not.toContain(target.id);
    const resolved = await queue('?status=resolved');
    expect(resolved.body.items.find((item) => item.targetId === target.id)).toMatchObject({
      status: 'resolved',
      message: { hidden: true, hiddenBy: { id: cast.moderator.user.id } },
    });
    const rows = await sql<{ resolution_audit_id: string }>(
      app,
      `SELECT DISTINCT resolution_audit_id FROM reports WHERE target_id = $1`,
      [target.id],
    );
    expect(rows.map((row) => row.resolution_audit_id)).toEqual([entry.id]);
    await closeAllOpen();
  });

  it('dismisses an item’s open reports with one audit entry and tells the reporters', async () => {
    await closeAllOpen();
    const [message] = await conversation();
    await report(app, channel.owner.accessToken, { targetType: 'message', targetId: message!.id, reason: 'Nepatinka' });
    const before = await auditCount(app, { action: 'dismiss' });
    const dismissed = await api().post<ModerationAuditEntry>(
      '/api/moderation/reports/dismiss',
      { targetType: 'message', targetId: message!.id, reason: 'Taisyklės nepažeistos' },
      { token: cast.moderator.accessToken },
    );
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({
      action: 'dismiss',
      targetType: 'message',
      targetId: message!.id,
      targetUser: { id: channel.member.user.id },
      actor: { id: cast.moderator.user.id },
    });
    expect(await auditCount(app, { action: 'dismiss' })).toBe(before + 1);
    expect((await queue()).body.items).toEqual([]);
    expect((await queue('?status=dismissed')).body.items.map((item) => item.targetId)).toContain(message!.id);
    await eventually('reporter told', async () => (await reportNotices(channel.owner, 'report-outcome:')).length === 1);

    const again = await api().post(
      '/api/moderation/reports/dismiss',
      { targetType: 'message', targetId: message!.id, reason: 'x' },
      { token: cast.moderator.accessToken },
    );
    expect(again.status).toBe(409);
  });

  it('queues a reported question with its link and author, even an anonymous one', async () => {
    await closeAllOpen();
    const lecturer = await registerPerson(app.baseUrl, 'Lektorė');
    await api().patch(`/api/users/${lecturer.user.id}`, { role: 'lecturer' }, { token: cast.admin.accessToken });
    const consultation = await createConsultation(app, lecturer.accessToken);
    const { socket } = await pool.joined(channel.member, consultation.id);
    const question = await ask(socket, consultation.id, 'Anoniminis klausimas', { anonymous: true });
    const filed = await report(app, third.accessToken, {
      targetType: 'question',
      targetId: question.id,
      reason: 'Spam',
    });
    expect(filed.status).toBe(201);
    const [item] = (await queue()).body.items;
    expect(item).toMatchObject({
      targetType: 'question',
      targetId: question.id,
      link: `/consultations/${consultation.id}`,
      question: { id: question.id, author: { id: channel.member.user.id } },
      message: null,
      author: { id: channel.member.user.id },
      context: [],
    });
    await closeAllOpen();
  });
});
