/**
 * The banned-word filter as people meet it: a refusing list's word makes a
 * send, edit or question VALIDATION_FAILED; a holding list's word stores the
 * message hidden, shown to its author (held) and moderators only, queued for
 * review as a report by the filter, until a moderator restores or deletes it.
 */
import { randomUUID } from 'node:crypto';

import type { Message, Page, ReportedItem } from '@klasteris/contracts';

import { registerPerson } from './support/accounts';
import { createConsultation, socketPool } from './support/consultations';
import { sendMessage } from './support/groups';
import { apiClient } from './support/http';
import { collect, emitWithAck, nextEvent, pause, waitFor } from './support/live-client';
import {
  acted,
  Channel,
  channelWithMembers,
  messageEventsAbout,
  MODERATION_ADMIN,
  ModerationCast,
  moderationCast,
} from './support/moderation';
import { eventually, storedNotifications } from './support/notifications';
import { registerLecturer } from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describe('the banned-word filter on sends, edits and questions', () => {
  let app: TestApp;
  let cast: ModerationCast;
  let channel: Channel;
  const pool = socketPool(() => app);
  const api = () => apiClient(app.baseUrl);
  const history = (token: string) => api().get<Page<Message>>(`/api/rooms/${channel.roomId}/messages`, { token });

  beforeAll(async () => {
    app = await startTestApp({ label: 'modfilter', config: { admin: MODERATION_ADMIN } });
    cast = await moderationCast(app);
    for (const list of [
      { name: 'Draudžiami LT', language: 'lt', mode: 'refuse', words: ['kvailys'] },
      { name: 'Peržiūrėti EN', language: 'en', mode: 'hold', words: ['scam'] },
    ]) {
      const created = await api().post('/api/admin/banned-words', list, { token: cast.admin.accessToken });
      expect(created.status).toBe(201);
    }
  });
  beforeEach(async () => {
    channel = await channelWithMembers(app);
  });
  afterEach(() => pool.closeAll());
  afterAll(() => app.close());

  it('refuses a send and an edit with a refusing list’s word, naming the list but not the word', async () => {
    const { socket } = await pool.joined(channel.member, channel.roomId);
    const refused = await emitWithAck(socket, 'message:send', {
      roomId: channel.roomId,
      body: 'Tu esi Kvailys',
      clientMsgId: randomUUID(),
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(refused.error.message).toContain('body');
    expect(JSON.stringify(refused.error)).not.toMatch(/kvailys/i);
    expect((await history(channel.member.accessToken)).body.items).toEqual([]);

    const message = await sendMessage(socket, channel.roomId, 'Labas');
    const edit = await emitWithAck(socket, 'message:edit', { messageId: message.id, body: 'labas kvailys' });
    expect(!edit.ok && edit.error.code).toBe('VALIDATION_FAILED');
  });

  it('holds a message: its author and moderators see it, nobody else; the filter queues it; restore releases it', async () => {
    const { socket: authorSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: peerSocket } = await pool.joined(channel.owner, channel.roomId);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, channel.roomId);
    const peerReceived = collect(peerSocket, 'message:new');
    const toModerator = nextEvent(moderatorSocket, 'message:new');

    const held = await sendMessage(authorSocket, channel.roomId, 'This is a SCAM offer');
    expect(held).toMatchObject({ hidden: true, held: true, hiddenBy: null });
    expect((await toModerator).message).toMatchObject({ id: held.id, held: true });
    await pause(300);
    expect(peerReceived).toHaveLength(0);
    expect((await history(channel.member.accessToken)).body.items.find((item) => item.id === held.id)?.held).toBe(true);
    expect((await history(channel.owner.accessToken)).body.items.map((item) => item.id)).not.toContain(held.id);

    const item = await eventually('queued by the filter', async () => {
      const queue = await api().get<Page<ReportedItem>>('/api/moderation/reports', {
        token: cast.moderator.accessToken,
      });
      return queue.body.items.find((entry) => entry.targetId === held.id);
    });
    expect(item.reports).toEqual([
      expect.objectContaining({ reporter: null, reason: expect.stringContaining('Peržiūrėti EN') }),
    ]);
    await eventually('moderators told', async () =>
      (await storedNotifications(app, cast.moderator.user.id)).some((row) => row.key.startsWith('report-filed:')),
    );

    const released = nextEvent(peerSocket, 'message:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'restore',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: held.id,
      reason: 'Ne sukčiavimas',
    });
    expect((await released).message).toMatchObject({ id: held.id, hidden: false, held: false });
    expect((await history(channel.owner.accessToken)).body.items.map((entry) => entry.id)).toContain(held.id);
    const queue = await api().get<Page<ReportedItem>>('/api/moderation/reports', { token: cast.moderator.accessToken });
    expect(queue.body.items.map((entry) => entry.targetId)).not.toContain(held.id);
  });

  it('holds a message edited to a holding list’s word: peers drop it, its author keeps it held', async () => {
    const { socket: authorSocket } = await pool.joined(channel.member, channel.roomId);
    const { socket: peerSocket } = await pool.joined(channel.owner, channel.roomId);
    const message = await sendMessage(authorSocket, channel.roomId, 'Geras pasiūlymas');
    const dropped = nextEvent(peerSocket, 'message:hidden');
    const edit = await emitWithAck(authorSocket, 'message:edit', { messageId: message.id, body: 'A scam, really' });
    expect(edit.ok && edit.data.message).toMatchObject({ hidden: true, held: true, body: 'A scam, really' });
    expect(await dropped).toEqual({ roomId: channel.roomId, messageId: message.id });
    expect((await history(channel.owner.accessToken)).body.items.map((item) => item.id)).not.toContain(message.id);
    expect((await history(channel.member.accessToken)).body.items.find((item) => item.id === message.id)?.held).toBe(
      true,
    );
  });

  it('in a consultation a held message reaches its author and moderators, not the presenter', async () => {
    const lecturer = await registerLecturer(app, cast.admin.accessToken, 'Lina Lektorė');
    const consultation = await createConsultation(app, lecturer.accessToken);
    const roomHistory = (token: string) =>
      api().get<Page<Message>>(`/api/rooms/${consultation.id}/messages`, { token });
    const { socket: authorSocket } = await pool.joined(channel.member, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const { socket: moderatorSocket } = await pool.joined(cast.moderator, consultation.id);
    const lecturerReceived = collect(lecturerSocket, 'message:new');
    const toModerator = nextEvent(moderatorSocket, 'message:new');

    const held = await sendMessage(authorSocket, consultation.id, 'This is a SCAM offer');
    expect(held).toMatchObject({ hidden: true, held: true });
    expect((await toModerator).message).toMatchObject({ id: held.id, held: true });
    await pause(300);
    expect(lecturerReceived).toHaveLength(0);
    expect((await roomHistory(lecturer.accessToken)).body.items.map((item) => item.id)).not.toContain(held.id);
    expect((await roomHistory(channel.member.accessToken)).body.items.find((item) => item.id === held.id)?.held).toBe(
      true,
    );

    // Edited into a holding word: the presenter drops it like any member; its author and moderators keep it, held.
    const seen = [authorSocket, lecturerSocket, moderatorSocket].map((socket) => nextEvent(socket, 'message:new'));
    const message = await sendMessage(authorSocket, consultation.id, 'Geras pasiūlymas');
    await Promise.all(seen);
    const toLecturer = messageEventsAbout(lecturerSocket, message.id);
    const toAuthor = messageEventsAbout(authorSocket, message.id);
    const moderatorUpdated = nextEvent(moderatorSocket, 'message:updated');
    const dropped = nextEvent(lecturerSocket, 'message:hidden');
    const hiddenForAuthor = collect(authorSocket, 'message:hidden');
    const hiddenForModerator = collect(moderatorSocket, 'message:hidden');
    const edit = await emitWithAck(authorSocket, 'message:edit', { messageId: message.id, body: 'A scam, really' });
    expect(edit.ok && edit.data.message).toMatchObject({ hidden: true, held: true });
    expect(await dropped).toEqual({ roomId: consultation.id, messageId: message.id });
    expect((await moderatorUpdated).message).toMatchObject({ id: message.id, held: true, body: 'A scam, really' });
    await waitFor(() => toAuthor.length === 1);
    expect(toAuthor[0]).toMatchObject({ event: 'message:updated', message: { id: message.id, held: true } });
    await pause(200);
    expect(toLecturer).toEqual([]);
    expect(hiddenForAuthor).toEqual([]);
    expect(hiddenForModerator).toEqual([]);
    expect((await roomHistory(lecturer.accessToken)).body.items.map((item) => item.id)).not.toContain(message.id);

    const released = nextEvent(lecturerSocket, 'message:updated');
    await acted(app, cast.moderator.accessToken, {
      action: 'restore',
      roomId: consultation.id,
      targetType: 'message',
      targetId: held.id,
      reason: 'Ne sukčiavimas',
    });
    expect((await released).message).toMatchObject({ id: held.id, hidden: false, held: false });
  });

  it('holds a question as pending: staff and its author see it, peers do not; a refusing word refuses it', async () => {
    const lecturer = await registerPerson(app.baseUrl, 'Lektorė');
    await api().patch(`/api/users/${lecturer.user.id}`, { role: 'lecturer' }, { token: cast.admin.accessToken });
    const consultation = await createConsultation(app, lecturer.accessToken);
    const { socket: askerSocket } = await pool.joined(channel.member, consultation.id);
    const { socket: peerSocket } = await pool.joined(channel.owner, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const peerReceived = collect(peerSocket, 'question:new');
    const toStaff = nextEvent(lecturerSocket, 'question:new');

    const ack = await emitWithAck(askerSocket, 'question:ask', {
      roomId: consultation.id,
      body: 'Is this a scam?',
      clientMsgId: randomUUID(),
    });
    expect(ack.ok && ack.data.question.status).toBe('pending');
    expect((await toStaff).question.body).toBe('Is this a scam?');
    await pause(300);
    expect(peerReceived).toHaveLength(0);

    const refused = await emitWithAck(askerSocket, 'question:ask', {
      roomId: consultation.id,
      body: 'kvailys klausia',
      clientMsgId: randomUUID(),
    });
    expect(!refused.ok && refused.error.code).toBe('VALIDATION_FAILED');
  });
});
