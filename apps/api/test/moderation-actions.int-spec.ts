/**
 * Moderation actions through the API, seen from people's sockets and
 * histories: mute, ban, slow mode, lock, hide, restore, delete (messages and
 * questions), who may act, and exactly one audit entry per action.
 */
import { randomUUID } from 'node:crypto';

import type {
  Message,
  ModerationAction,
  ModerationActionRequest,
  ModerationAuditPage,
  Page,
  Question,
} from '@klasteris/contracts';

import { RouteAccessAudit } from '../src/accounts/route-access-audit';
import type { SignedInPerson } from './support/accounts';
import { registerPerson } from './support/accounts';
import { ask, createConsultation, socketPool } from './support/consultations';
import { sendMessage } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { collect, emitWithAck, nextEvent, pause, waitFor } from './support/live-client';
import {
  act,
  acted,
  auditCount,
  Channel,
  channelWithMembers,
  messageEventsAbout,
  MODERATION_ADMIN,
  ModerationCast,
  moderationCast,
  sql,
} from './support/moderation';
import { registerLecturer } from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describe('moderation actions', () => {
  let app: TestApp;
  let cast: ModerationCast;
  let channel: Channel;
  const pool = socketPool(() => app);
  const api = () => apiClient(app.baseUrl);
  const send = (socket: Awaited<ReturnType<typeof pool.connect>>, body: string) =>
    emitWithAck(socket, 'message:send', { roomId: channel.roomId, body, clientMsgId: randomUUID() });
  const history = (person: SignedInPerson) =>
    api().get<Page<Message>>(`/api/rooms/${channel.roomId}/messages`, { token: person.accessToken });

  beforeAll(async () => {
    app = await startTestApp({ label: 'modactions', config: { admin: MODERATION_ADMIN } });
    cast = await moderationCast(app);
  });
  beforeEach(async () => {
    channel = await channelWithMembers(app);
  });
  afterEach(() => pool.closeAll());
  afterAll(() => app.close());

  it('refuses a learner every moderation route and every action (403)', async () => {
    const learner = channel.member;
    const token = learner.accessToken;
    const reads = ['/api/moderation/reports', '/api/moderation/audit', '/api/moderation/rooms?query=a'];
    for (const path of reads) expect((await api().get(path, { token })).status).toBe(403);
    const dismiss = await api().post(
      '/api/moderation/reports/dismiss',
      { targetType: 'message', targetId: randomUUID(), reason: 'x' },
      { token },
    );
    expect(dismiss.status).toBe(403);
    const bodies: Record<ModerationAction, Partial<ModerationActionRequest>> = {
      hide: { targetType: 'message', targetId: randomUUID() },
      restore: { targetType: 'message', targetId: randomUUID() },
      delete: { targetType: 'message', targetId: randomUUID() },
      mute: { userId: channel.owner.user.id, durationSeconds: 600 },
      unmute: { userId: channel.owner.user.id },
      ban: { userId: channel.owner.user.id },
      unban: { userId: channel.owner.user.id },
      slow_mode: { durationSeconds: 10 },
      lock: {},
      unlock: {},
    };
    const before = await auditCount(app);
    for (const [action, extra] of Object.entries(bodies)) {
      const response = await act(app, token, {
        action: action as ModerationAction,
        roomId: channel.roomId,
        reason: 'trying',
        ...extra,
      });
      expect({ action, status: response.status }).toEqual({ action, status: 403 });
    }
    expect(await auditCount(app)).toBe(before);
  });

  it('validates actions: missing fields 400, unknown room or target 404, staff cannot be muted (409)', async () => {
    const token = cast.moderator.accessToken;
    const missing = await act(app, token, {
      action: 'mute',
      roomId: channel.roomId,
      reason: 'r',
      userId: channel.member.user.id,
    });
    expect(missing.status).toBe(400);
    expect(errorBody(missing)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(errorBody(missing).details?.map((issue) => issue.field)).toEqual(['durationSeconds']);
    const noReason = await act(app, token, { action: 'lock', roomId: channel.roomId, reason: '  ' });
    expect(noReason.status).toBe(400);
    const unknownRoom = await act(app, token, { action: 'lock', roomId: randomUUID(), reason: 'r' });
    expect(unknownRoom.status).toBe(404);
    const unknownMessage = await act(app, token, {
      action: 'hide',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: randomUUID(),
      reason: 'r',
    });
    expect(unknownMessage.status).toBe(404);
    const staff = await act(app, token, {
      action: 'ban',
      roomId: channel.roomId,
      userId: cast.admin.user.id,
      reason: 'r',
    });
    expect(staff.status).toBe(409);
  });

  it('mutes a person: MUTED with the time left until it passes, everyone told; unmute lifts it', async () => {
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: ownerSocket } = await pool.joined(channel.owner, channel.roomId);
    const mutedSeen = nextEvent(ownerSocket, 'member:muted');
    const mutedToPerson = nextEvent(memberSocket, 'member:muted');

    const before = await auditCount(app, { roomId: channel.roomId });
    const entry = await acted(app, cast.moderator.accessToken, {
      action: 'mute',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      durationSeconds: 600,
      reason: 'Įžeidinėja kitus',
    });
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(before + 1);
    expect(entry).toMatchObject({
      action: 'mute',
      actor: { id: cast.moderator.user.id },
      targetUser: { id: channel.member.user.id },
      durationSeconds: 600,
      reason: 'Įžeidinėja kitus',
    });
    expect((await mutedSeen).userId).toBe(channel.member.user.id);
    const until = Date.parse((await mutedToPerson).until);
    expect(until - Date.now()).toBeGreaterThan(590_000);

    const refused = await send(memberSocket, 'ar dar galiu?');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('MUTED');
    expect(refused.error.message).toContain('until');
    expect(refused.error.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.error.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect((await send(ownerSocket, 'aš galiu')).ok).toBe(true);

    // Time passes: the mute ends by itself.
    await sql(app, `UPDATE room_mutes SET until = now() - interval '1 second' WHERE room_id = $1`, [channel.roomId]);
    expect((await send(memberSocket, 'vėl galiu')).ok).toBe(true);

    await acted(app, cast.moderator.accessToken, {
      action: 'mute',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      durationSeconds: 60,
      reason: 'again',
    });
    expect((await send(memberSocket, 'ne')).ok).toBe(false);
    const lifted = nextEvent(memberSocket, 'member:muted');
    await acted(app, cast.moderator.accessToken, {
      action: 'unmute',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      reason: 'ok',
    });
    expect(Date.parse((await lifted).until)).toBeLessThanOrEqual(Date.now());
    expect((await send(memberSocket, 'taip')).ok).toBe(true);
    const again = await act(app, cast.moderator.accessToken, {
      action: 'unmute',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      reason: 'ok',
    });
    expect(again.status).toBe(409);
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(before + 3);
  });

  it('bans a person: their socket leaves the room live, rejoin, sends and history are BANNED; unban lets them back', async () => {
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: ownerSocket } = await pool.joined(channel.owner, channel.roomId);
    const banned = nextEvent(memberSocket, 'member:banned');
    const bannedSeen = nextEvent(ownerSocket, 'member:banned');
    const before = await auditCount(app, { roomId: channel.roomId, action: 'ban' });
    await acted(app, cast.moderator.accessToken, {
      action: 'ban',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      reason: 'Šlamštas',
    });
    expect(await auditCount(app, { roomId: channel.roomId, action: 'ban' })).toBe(before + 1);
    expect(await banned).toMatchObject({ roomId: channel.roomId, userId: channel.member.user.id, until: null });
    expect((await bannedSeen).userId).toBe(channel.member.user.id);

    const received = collect(memberSocket, 'message:new');
    await sendMessage(ownerSocket, channel.roomId, 'nebe tau');
    await pause(300);
    expect(received).toHaveLength(0);

    const rejoin = await emitWithAck(memberSocket, 'room:join', { roomId: channel.roomId });
    expect(!rejoin.ok && rejoin.error.code).toBe('BANNED');
    const sent = await send(memberSocket, 'vis tiek');
    expect(!sent.ok && sent.error.code).toBe('BANNED');
    const rest = await history(channel.member);
    expect(rest.status).toBe(403);
    expect(errorBody(rest).code).toBe('BANNED');
    // Membership follows the group and stays; the ban is what refuses.
    const [membership] = await sql(app, `SELECT 1 FROM room_members WHERE room_id = $1 AND user_id = $2`, [
      channel.roomId,
      channel.member.user.id,
    ]);
    expect(membership).toBeDefined();

    await acted(app, cast.moderator.accessToken, {
      action: 'unban',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      reason: 'Atleista',
    });
    const back = await emitWithAck(memberSocket, 'room:join', { roomId: channel.roomId });
    expect(back.ok).toBe(true);
    expect((await send(memberSocket, 'grįžau')).ok).toBe(true);
  });

  it('slow mode refuses a second message within N seconds with SLOW_MODE and the wait; moderators are exempt', async () => {
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, channel.roomId);
    const updated = nextEvent(memberSocket, 'room:updated');
    const entry = await acted(app, cast.moderator.accessToken, {
      action: 'slow_mode',
      roomId: channel.roomId,
      durationSeconds: 30,
      reason: 'Per karšta',
    });
    expect(entry).toMatchObject({ action: 'slow_mode', durationSeconds: 30, actor: { id: cast.moderator.user.id } });
    expect((await updated).room).toMatchObject({ id: channel.roomId, slowModeSeconds: 30 });

    expect((await send(memberSocket, 'pirma')).ok).toBe(true);
    const second = await send(memberSocket, 'antra');
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('SLOW_MODE');
    expect(second.error.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(second.error.retryAfterSeconds).toBeLessThanOrEqual(30);
    // A resend of the stored message is the same message, not a refusal.
    const clientMsgId = randomUUID();
    await sql(app, `UPDATE messages SET created_at = now() - interval '1 minute' WHERE room_id = $1`, [channel.roomId]);
    const first = await emitWithAck(memberSocket, 'message:send', { roomId: channel.roomId, body: 'x', clientMsgId });
    const resent = await emitWithAck(memberSocket, 'message:send', { roomId: channel.roomId, body: 'x', clientMsgId });
    expect(first.ok && resent.ok && resent.data.message.id === first.data.message.id).toBe(true);

    expect((await send(moderatorSocket, 'moderatorius 1')).ok).toBe(true);
    expect((await send(moderatorSocket, 'moderatorius 2')).ok).toBe(true);

    await acted(app, cast.moderator.accessToken, {
      action: 'slow_mode',
      roomId: channel.roomId,
      durationSeconds: 0,
      reason: 'Nurimo',
    });
    expect((await send(memberSocket, 'laisvai')).ok).toBe(true);
  });

  it('lock refuses sends with ROOM_LOCKED and tells the room; unlock lets them through', async () => {
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const updated = nextEvent(memberSocket, 'room:updated');
    await acted(app, cast.admin.accessToken, { action: 'lock', roomId: channel.roomId, reason: 'Pertrauka' });
    expect((await updated).room.locked).toBe(true);
    const refused = await send(memberSocket, 'ar atrakinta?');
    expect(!refused.ok && refused.error.code).toBe('ROOM_LOCKED');
    const twice = await act(app, cast.admin.accessToken, { action: 'lock', roomId: channel.roomId, reason: 'x' });
    expect(twice.status).toBe(409);

    const unlocked = nextEvent(memberSocket, 'room:updated');
    await acted(app, cast.admin.accessToken, { action: 'unlock', roomId: channel.roomId, reason: 'Tęsiame' });
    expect((await unlocked).room.locked).toBe(false);
    expect((await send(memberSocket, 'atrakinta')).ok).toBe(true);
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(2);
  });

  it('hide drops a message for members live and in history, moderators keep it marked; restore and delete', async () => {
    const { socket: ownerSocket } = await pool.joined(channel.owner, channel.roomId);
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, channel.roomId);
    const message = await sendMessage(memberSocket, channel.roomId, 'Netinkamas tekstas');
    await sendMessage(ownerSocket, channel.roomId, 'Atsakymas');

    const hiddenForOwner = nextEvent(ownerSocket, 'message:hidden');
    const forModerator = nextEvent(moderatorSocket, 'message:updated');
    const ownerUpdates = collect(ownerSocket, 'message:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'hide',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: message.id,
      reason: 'Įžeidu',
    });
    expect(await hiddenForOwner).toEqual({ roomId: channel.roomId, messageId: message.id });
    expect((await forModerator).message).toMatchObject({
      id: message.id,
      hidden: true,
      held: false,
      hiddenBy: { id: cast.moderator.user.id, displayName: 'Mona Moderatorė' },
    });
    await pause(200);
    expect(ownerUpdates.filter((update) => update.message.id === message.id)).toHaveLength(0);

    const ownerHistory = await history(channel.owner);
    expect(ownerHistory.body.items.map((item) => item.id)).not.toContain(message.id);
    const authorHistory = await history(channel.member);
    expect(authorHistory.body.items.map((item) => item.id)).not.toContain(message.id);
    const moderatorHistory = await history(cast.moderator);
    expect(moderatorHistory.body.items.find((item) => item.id === message.id)).toMatchObject({
      hidden: true,
      hiddenBy: { id: cast.moderator.user.id },
    });
    const rejoin = await emitWithAck(ownerSocket, 'room:join', { roomId: channel.roomId, afterSeq: 0 });
    expect(rejoin.ok && rejoin.data.messages.map((item) => item.id)).not.toContain(message.id);
    // Hidden messages do not count as unread, and cannot be reacted to by members.
    const reaction = await emitWithAck(ownerSocket, 'reaction:toggle', { messageId: message.id, emoji: '👍' });
    expect(!reaction.ok && reaction.error.code).toBe('NOT_FOUND');

    const restored = nextEvent(ownerSocket, 'message:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'restore',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: message.id,
      reason: 'Klaida',
    });
    expect((await restored).message).toMatchObject({ id: message.id, hidden: false, hiddenBy: null });
    expect((await history(channel.owner)).body.items.map((item) => item.id)).toContain(message.id);

    const deleted = nextEvent(ownerSocket, 'message:deleted');
    await acted(app, cast.moderator.accessToken, {
      action: 'delete',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: message.id,
      reason: 'Vis dėlto trinam',
    });
    expect((await deleted).message).toMatchObject({ id: message.id, deleted: true, body: '' });
    const again = await act(app, cast.moderator.accessToken, {
      action: 'delete',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: message.id,
      reason: 'x',
    });
    expect(again.status).toBe(409);
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(3);
  });

  it('hides a question from peers live and in lists; staff see it marked; delete dismisses and hides it', async () => {
    const lecturer = await registerPerson(app.baseUrl, 'Lina Lektorė');
    await api().patch(`/api/users/${lecturer.user.id}`, { role: 'lecturer' }, { token: cast.admin.accessToken });
    const consultation = await createConsultation(app, lecturer.accessToken);
    const learner = await registerPerson(app.baseUrl, 'Petras Klausėjas');
    const peer = await registerPerson(app.baseUrl, 'Rūta Kolegė');
    const { socket: learnerSocket } = await pool.joined(learner, consultation.id);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const question = await ask(learnerSocket, consultation.id, 'Kodėl taip?');

    const hiddenForPeer = nextEvent(peerSocket, 'question:hidden');
    const forStaff = nextEvent(lecturerSocket, 'question:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'hide',
      roomId: consultation.id,
      targetType: 'question',
      targetId: question.id,
      reason: 'Ne į temą',
    });
    expect(await hiddenForPeer).toEqual({ roomId: consultation.id, questionId: question.id });
    expect((await forStaff).question).toMatchObject({ id: question.id, hidden: true });
    const questions = (person: SignedInPerson) =>
      api().get<Page<Question>>(`/api/rooms/${consultation.id}/questions`, { token: person.accessToken });
    expect((await questions(peer)).body.items.map((item) => item.id)).not.toContain(question.id);
    expect((await questions(learner)).body.items.map((item) => item.id)).not.toContain(question.id);
    expect((await questions(lecturer)).body.items.find((item) => item.id === question.id)?.hidden).toBe(true);
    const vote = await emitWithAck(peerSocket, 'question:vote', { questionId: question.id, up: true });
    expect(!vote.ok && vote.error.code).toBe('NOT_FOUND');

    const back = nextEvent(peerSocket, 'question:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'restore',
      roomId: consultation.id,
      targetType: 'question',
      targetId: question.id,
      reason: 'Gerai',
    });
    expect((await back).question).toMatchObject({ id: question.id, hidden: false });

    const gone = nextEvent(peerSocket, 'question:hidden');
    await acted(app, cast.moderator.accessToken, {
      action: 'delete',
      roomId: consultation.id,
      targetType: 'question',
      targetId: question.id,
      reason: 'Trinam',
    });
    await gone;
    expect((await questions(lecturer)).body.items.find((item) => item.id === question.id)).toMatchObject({
      status: 'dismissed',
      hidden: true,
    });
  });

  it('in a consultation a hidden message reaches moderators only: its presenter drops it live and in history', async () => {
    const lecturer = await registerLecturer(app, cast.admin.accessToken, 'Lina Lektorė');
    const consultation = await createConsultation(app, lecturer.accessToken);
    const learner = channel.member;
    const { socket: learnerSocket } = await pool.joined(learner, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, consultation.id);
    // Everyone has it before the hide, so what follows is about the hide only.
    const seen = [learnerSocket, lecturerSocket, moderatorSocket].map((socket) => nextEvent(socket, 'message:new'));
    const message = await sendMessage(learnerSocket, consultation.id, 'Netinkamas komentaras');
    await Promise.all(seen);

    const toLecturer = messageEventsAbout(lecturerSocket, message.id);
    const toLearner = messageEventsAbout(learnerSocket, message.id);
    const toModerator = messageEventsAbout(moderatorSocket, message.id);
    const hiddenForLecturer = nextEvent(lecturerSocket, 'message:hidden');
    const hiddenForLearner = nextEvent(learnerSocket, 'message:hidden');
    const moderatorHidden = collect(moderatorSocket, 'message:hidden');
    await acted(app, cast.moderator.accessToken, {
      action: 'hide',
      roomId: consultation.id,
      targetType: 'message',
      targetId: message.id,
      reason: 'Įžeidu',
    });
    expect(await hiddenForLecturer).toEqual({ roomId: consultation.id, messageId: message.id });
    expect(await hiddenForLearner).toEqual({ roomId: consultation.id, messageId: message.id });
    await waitFor(() => toModerator.length === 1);
    expect(toModerator[0]).toMatchObject({
      event: 'message:updated',
      message: {
        id: message.id,
        hidden: true,
        hiddenBy: { id: cast.moderator.user.id, displayName: 'Mona Moderatorė' },
      },
    });

    // What moderators do to it afterwards (a reaction, a delete from the room) stays with them too.
    const reaction = await emitWithAck(moderatorSocket, 'reaction:toggle', { messageId: message.id, emoji: '👀' });
    expect(reaction.ok).toBe(true);
    const deleted = await emitWithAck(moderatorSocket, 'message:delete', { messageId: message.id });
    expect(deleted.ok && deleted.data.message).toMatchObject({ id: message.id, hidden: true, deleted: true });
    await waitFor(() => toModerator.some((received) => received.event === 'message:deleted'));
    expect(toModerator.map((received) => received.event)).toEqual([
      'message:updated',
      'message:updated',
      'message:deleted',
    ]);
    await pause(200);
    expect(toLecturer).toEqual([]);
    expect(toLearner).toEqual([]);
    expect(moderatorHidden).toEqual([]);

    const history = (person: SignedInPerson) =>
      api().get<Page<Message>>(`/api/rooms/${consultation.id}/messages`, { token: person.accessToken });
    expect((await history(lecturer)).body.items.map((item) => item.id)).not.toContain(message.id);
    expect((await history(learner)).body.items.map((item) => item.id)).not.toContain(message.id);
    expect((await history(cast.moderator)).body.items.find((item) => item.id === message.id)).toMatchObject({
      hidden: true,
      hiddenBy: { id: cast.moderator.user.id },
    });
    const rejoin = await emitWithAck(lecturerSocket, 'room:join', { roomId: consultation.id, afterSeq: 0 });
    expect(rejoin.ok && rejoin.data.messages.map((item) => item.id)).not.toContain(message.id);
  });

  it('a muted or banned person cannot ask questions', async () => {
    const lecturer = await registerPerson(app.baseUrl, 'Lektorius');
    await api().patch(`/api/users/${lecturer.user.id}`, { role: 'lecturer' }, { token: cast.admin.accessToken });
    const consultation = await createConsultation(app, lecturer.accessToken);
    const { socket } = await pool.joined(channel.member, consultation.id);
    await acted(app, cast.moderator.accessToken, {
      action: 'mute',
      roomId: consultation.id,
      userId: channel.member.user.id,
      durationSeconds: 120,
      reason: 'r',
    });
    const refused = await emitWithAck(socket, 'question:ask', {
      roomId: consultation.id,
      body: 'Ar galiu?',
      clientMsgId: randomUUID(),
    });
    expect(!refused.ok && refused.error.code).toBe('MUTED');
    expect(!refused.ok && refused.error.retryAfterSeconds).toBeGreaterThan(100);
  });

  it('audits a moderator deleting someone’s message from the room itself, once', async () => {
    const { socket: memberSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, channel.roomId);
    const message = await sendMessage(memberSocket, channel.roomId, 'Trinsiu');
    const deleted = nextEvent(memberSocket, 'message:deleted');
    const ack = await emitWithAck(moderatorSocket, 'message:delete', { messageId: message.id });
    expect(ack.ok && ack.data.message).toMatchObject({ id: message.id, deleted: true });
    expect((await deleted).message.id).toBe(message.id);
    expect(await auditCount(app, { roomId: channel.roomId, action: 'delete' })).toBe(1);
    // Deleting it again changes nothing and records nothing.
    expect((await emitWithAck(moderatorSocket, 'message:delete', { messageId: message.id })).ok).toBe(true);
    expect(await auditCount(app, { roomId: channel.roomId, action: 'delete' })).toBe(1);
  });

  it('declares who may call every moderation route', () => {
    const routes = app.app
      .get(RouteAccessAudit)
      .routes()
      .filter((route) => /^(Moderation|Reports)Controller\./.test(route.handler));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const route of routes) {
      const expected = route.handler.startsWith('Reports')
        ? { kind: 'signed-in' }
        : { kind: 'roles', roles: ['moderator', 'admin'] };
      expect({ handler: route.handler, decision: route.decision }).toEqual({
        handler: route.handler,
        decision: expected,
      });
    }
  });

  it('keeps the audit log append-only, even through SQL', async () => {
    await acted(app, cast.moderator.accessToken, { action: 'lock', roomId: channel.roomId, reason: 'r' });
    await expect(
      sql(app, `UPDATE moderation_audit SET reason = 'rewritten' WHERE room_id = $1`, [channel.roomId]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql(app, `DELETE FROM moderation_audit WHERE room_id = $1`, [channel.roomId])).rejects.toThrow(
      /cannot be changed/,
    );
    expect(await auditCount(app, { roomId: channel.roomId })).toBe(1);
  });

  it('lists the audit log newest first with filters and cursor paging', async () => {
    const token = cast.moderator.accessToken;
    await acted(app, token, { action: 'lock', roomId: channel.roomId, reason: 'first' });
    await acted(app, cast.admin.accessToken, { action: 'unlock', roomId: channel.roomId, reason: 'second' });
    await acted(app, token, {
      action: 'mute',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      durationSeconds: 60,
      reason: 'third',
    });
    const list = (query: string) =>
      api().get<ModerationAuditPage>(`/api/moderation/audit?roomId=${channel.roomId}${query}`, { token });

    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.body.items.map((entry) => entry.reason)).toEqual(['third', 'second', 'first']);
    expect(all.body.items[0]).toMatchObject({
      roomName: expect.any(String),
      targetUser: { id: channel.member.user.id },
    });
    expect((await list('&action=unlock')).body.items.map((entry) => entry.reason)).toEqual(['second']);
    expect((await list(`&actorId=${cast.admin.user.id}`)).body.items.map((entry) => entry.reason)).toEqual(['second']);
    expect((await list(`&userId=${channel.member.user.id}`)).body.items.map((entry) => entry.reason)).toEqual([
      'third',
    ]);
    expect((await list(`&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.items).toEqual(
      [],
    );

    const first = await list('&limit=2');
    expect(first.body.items.map((entry) => entry.reason)).toEqual(['third', 'second']);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await list(`&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((entry) => entry.reason)).toEqual(['first']);
    expect(second.body.nextCursor).toBeNull();
    expect((await list('&cursor=nonsense')).status).toBe(400);
  });

  it('finds rooms to moderate with their current mutes and bans', async () => {
    await acted(app, cast.moderator.accessToken, {
      action: 'ban',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      durationSeconds: 3600,
      reason: 'r',
    });
    const response = await api().get(`/api/moderation/rooms?query=SKURDO`, { token: cast.moderator.accessToken });
    expect(response.status).toBe(200);
    const room = (response.body as { id: string; restrictions: unknown[] }[]).find(
      (item) => item.id === channel.roomId,
    );
    expect(room).toMatchObject({
      kind: 'channel',
      context: 'Skurdo prevencija',
      restrictions: [{ kind: 'ban', user: { id: channel.member.user.id }, until: expect.any(String) }],
    });
  });
});
