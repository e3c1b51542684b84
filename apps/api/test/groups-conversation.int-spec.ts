/** Talking in a working group: threads, pins, mentions, live unread counts and jumping to a message. */
import type { GroupDetail, GroupSummary, Message, Page } from '@klasteris/contracts';

import { registerPerson, SignedInPerson } from './support/accounts';
import { addMember, createGroup, GROUPS_ADMIN, sendMessage, signInGroupsAdmin } from './support/groups';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, pause, waitFor } from './support/live-client';
import { eventually, storedNotifications } from './support/notifications';
import { startTestApp, TestApp } from './support/test-app';

describe('working groups: the conversation', () => {
  let app: TestApp;
  let owner: SignedInPerson;
  let member: SignedInPerson;
  let group: GroupDetail;
  const sockets: LiveClient[] = [];
  const api = () => apiClient(app.baseUrl);
  const open = async (person: SignedInPerson) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  const joined = async (person: SignedInPerson, roomId = group.defaultRoomId) => {
    const socket = await open(person);
    const ack = await emitWithAck(socket, 'room:join', { roomId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return socket;
  };
  const unreadOf = async (person: SignedInPerson) => {
    const response = await api().get<GroupDetail>(`/api/groups/${group.id}`, { token: person.accessToken });
    return { group: response.body.unread, channel: response.body.channels.find((c) => c.isDefault)!.unread };
  };

  beforeAll(async () => {
    app = await startTestApp({ label: 'groupstalk', config: { admin: GROUPS_ADMIN } });
  });
  beforeEach(async () => {
    [owner, member] = await Promise.all([
      registerPerson(app.baseUrl, 'Ona Savininkė'),
      registerPerson(app.baseUrl, 'Tomas Narys'),
    ]);
    group = await createGroup(app, owner);
    await addMember(app, owner, group.id, member.user.id);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('threads replies under their root with a reply count the server keeps, and serves the thread', async () => {
    const ownerSocket = await joined(owner);
    const memberSocket = await joined(member);
    const updates = collect(ownerSocket, 'message:updated');
    const root = await sendMessage(ownerSocket, group.defaultRoomId, 'Kada susitinkame dėl plano?');
    expect(root).toMatchObject({ replyCount: 0, pinned: false, mentions: [] });

    const first = await sendMessage(memberSocket, group.defaultRoomId, 'Antradienį', { parentId: root.id });
    await waitFor(() => updates.some((update) => update.message.id === root.id && update.message.replyCount === 1));
    // A reply to a reply joins the same thread.
    const second = await sendMessage(ownerSocket, group.defaultRoomId, 'Tinka', { parentId: first.id });
    expect(second.parentId).toBe(root.id);
    await waitFor(() => updates.some((update) => update.message.id === root.id && update.message.replyCount === 2));

    const thread = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/messages/${root.id}/replies`, {
      token: member.accessToken,
    });
    expect(thread.status).toBe(200);
    expect(thread.body.items.map((message) => message.body)).toEqual(['Antradienį', 'Tinka']);
    const history = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/messages`, {
      token: member.accessToken,
    });
    expect(history.body.items.find((message) => message.id === root.id)?.replyCount).toBe(2);

    // Deleting a reply brings the count down for everyone.
    expect((await emitWithAck(memberSocket, 'message:delete', { messageId: first.id })).ok).toBe(true);
    await waitFor(() => updates.some((update) => update.message.id === root.id && update.message.replyCount === 1));

    const unknown = await api().get(`/api/rooms/${group.defaultRoomId}/messages/${group.id}/replies`, {
      token: member.accessToken,
    });
    expect(unknown.status).toBe(404);
  });

  it('lets owners, moderators and admins pin, not members, and lists pins newest first', async () => {
    const ownerSocket = await joined(owner);
    const memberSocket = await joined(member);
    const memberUpdates = collect(memberSocket, 'message:updated');
    const first = await sendMessage(memberSocket, group.defaultRoomId, 'Susitikimo darbotvarkė');
    const second = await sendMessage(memberSocket, group.defaultRoomId, 'Protokolas');

    expect(await emitWithAck(memberSocket, 'message:pin', { messageId: first.id, pinned: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const outsider = await registerPerson(app.baseUrl, 'Outsider');
    expect(await emitWithAck(await open(outsider), 'message:pin', { messageId: first.id, pinned: true })).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_FOUND' },
      },
    );
    expect(
      await emitWithAck(ownerSocket, 'message:pin', { messageId: first.id, pinned: 'yes' as never }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });

    const pinned = await emitWithAck(ownerSocket, 'message:pin', { messageId: first.id, pinned: true });
    expect(pinned).toMatchObject({ ok: true, data: { message: { id: first.id, pinned: true } } });
    await waitFor(() => memberUpdates.some((update) => update.message.id === first.id && update.message.pinned));

    const admin = await signInGroupsAdmin(app);
    const adminSocket = await open(admin);
    expect((await emitWithAck(adminSocket, 'message:pin', { messageId: second.id, pinned: true })).ok).toBe(true);

    const pins = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/pins`, {
      token: member.accessToken,
    });
    expect(pins.body.items.map((message) => message.id)).toEqual([second.id, first.id]);

    expect((await emitWithAck(ownerSocket, 'message:pin', { messageId: first.id, pinned: false })).ok).toBe(true);
    const after = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/pins`, {
      token: member.accessToken,
    });
    expect(after.body.items.map((message) => message.id)).toEqual([second.id]);
  });

  it('notifies a mentioned member exactly once, live and in their list, and nobody else', async () => {
    const outsider = await registerPerson(app.baseUrl, 'Not Member');
    const ownerSocket = await joined(owner);
    const memberLive = await open(member);
    const live = collect(memberLive, 'notification:new');

    const clientMsgId = 'mention-once';
    const payload = {
      roomId: group.defaultRoomId,
      body: '@Tomas Narys, pažiūrėk į sveikatos planą',
      clientMsgId,
      mentions: [member.user.id, outsider.user.id, owner.user.id, member.user.id],
    };
    const ack = await emitWithAck(ownerSocket, 'message:send', payload);
    expect(ack.ok).toBe(true);
    // Only members count: the outsider is dropped without a word; mentioning yourself is kept but not notified.
    expect(ack.ok && ack.data.message.mentions.map((person) => person.id).sort()).toEqual(
      [member.user.id, owner.user.id].sort(),
    );
    // The same message sent again (a retry) stores and notifies nothing new.
    expect((await emitWithAck(ownerSocket, 'message:send', payload)).ok).toBe(true);

    const stored = await eventually('the mention is stored', async () => {
      const rows = await storedNotifications(app, member.user.id);
      return rows.length > 0 ? rows : null;
    });
    await waitFor(() => live.length === 1);
    expect(live[0]!.notification).toMatchObject({
      kind: 'mention',
      link: expect.stringMatching(new RegExp(`^/groups/${group.id}/channels/${group.defaultRoomId}\\?message=\\d+$`)),
    });
    expect(live[0]!.notification.title).toContain('Ona Savininkė');
    await pause(500);
    expect(await storedNotifications(app, member.user.id)).toHaveLength(1);
    expect(stored[0]!.kind).toBe('mention');
    expect(await storedNotifications(app, outsider.user.id)).toEqual([]);
    expect(await storedNotifications(app, owner.user.id)).toEqual([]);
    const list = await api().get('/api/notifications', { token: member.accessToken });
    expect(list.body.items).toHaveLength(1);

    expect(
      await emitWithAck(ownerSocket, 'message:send', {
        roomId: group.defaultRoomId,
        body: 'x',
        clientMsgId: 'bad-mentions',
        mentions: ['not-a-uuid'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('moves unread counts with new messages and room:read, live on every device of the person', async () => {
    const ownerSocket = await joined(owner);
    // The member is online but not in the channel: room:activity still reaches both their devices.
    const phone = await open(member);
    const laptop = await open(member);
    const activity = collect(phone, 'room:activity');
    const laptopUnread = collect(laptop, 'room:unread');
    await pause(100);

    expect(await unreadOf(member)).toEqual({ group: 0, channel: 0 });
    await sendMessage(ownerSocket, group.defaultRoomId, 'Pirma');
    const last = await sendMessage(ownerSocket, group.defaultRoomId, 'Antra');
    await waitFor(() => activity.length === 2);
    expect(activity[1]).toEqual({
      roomId: group.defaultRoomId,
      groupId: group.id,
      lastSeq: last.seq,
      authorId: owner.user.id,
    });
    expect(await unreadOf(member)).toEqual({ group: 2, channel: 2 });
    expect(await unreadOf(owner)).toEqual({ group: 0, channel: 0 });
    const summaries = await api().get<Page<GroupSummary>>('/api/groups', { token: member.accessToken });
    expect(summaries.body.items[0]).toMatchObject({ id: group.id, unread: 2 });

    const read = await emitWithAck(phone, 'room:read', { roomId: group.defaultRoomId, seq: last.seq - 1 });
    expect(read).toEqual({ ok: true, data: { unread: 1 } });
    await waitFor(() => laptopUnread.length === 1);
    expect(laptopUnread[0]).toEqual({ roomId: group.defaultRoomId, unread: 1 });
    expect(await unreadOf(member)).toEqual({ group: 1, channel: 1 });

    // Someone added later hears the group's activity at once, without reconnecting.
    const later = await registerPerson(app.baseUrl, 'Later Member');
    const laterSocket = await open(later);
    const laterActivity = collect(laterSocket, 'room:activity');
    await addMember(app, owner, group.id, later.user.id);
    await pause(100);
    await sendMessage(ownerSocket, group.defaultRoomId, 'Sveiki prisijungę');
    await waitFor(() => laterActivity.length === 1);

    // And someone who left hears nothing more.
    await api().delete(`/api/groups/${group.id}/members/${member.user.id}`, { token: member.accessToken });
    await pause(100);
    const before = activity.length;
    await sendMessage(ownerSocket, group.defaultRoomId, 'Po išėjimo');
    await pause(300);
    expect(activity.length).toBe(before);
  });

  it('serves the messages around a seq, to jump to a search hit in context', async () => {
    const ownerSocket = await joined(owner);
    for (let i = 1; i <= 9; i += 1) await sendMessage(ownerSocket, group.defaultRoomId, `žinutė ${i}`);
    const around = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/messages?aroundSeq=5&limit=5`, {
      token: member.accessToken,
    });
    expect(around.status).toBe(200);
    expect(around.body.items.map((message) => message.seq)).toEqual([3, 4, 5, 6, 7]);
    const atStart = await api().get<Page<Message>>(`/api/rooms/${group.defaultRoomId}/messages?aroundSeq=1&limit=4`, {
      token: member.accessToken,
    });
    expect(atStart.body.items.map((message) => message.seq)).toEqual([1, 2, 3]);
    const mixed = await api().get(`/api/rooms/${group.defaultRoomId}/messages?aroundSeq=5&afterSeq=1`, {
      token: member.accessToken,
    });
    expect([mixed.status, mixed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
