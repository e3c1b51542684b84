/** Editing, deleting, reactions, threads, typing, presence, read cursors and history paging. */
import { randomUUID } from 'node:crypto';

import type { Room } from '@klasteris/contracts';

import { RoomsService } from '../src/rooms/rooms.service';
import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, pause, waitFor } from './support/live-client';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

describe('room features', () => {
  let app: TestApp;
  let alice: SignedInPerson;
  let bob: SignedInPerson;
  let room: Room;
  const sockets: LiveClient[] = [];

  const joined = async (person: SignedInPerson, roomId = room.id) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    const ack = await emitWithAck(socket, 'room:join', { roomId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return { socket, join: ack.data };
  };
  const send = async (socket: LiveClient, body: string, parentId?: string) => {
    const ack = await emitWithAck(socket, 'message:send', {
      roomId: room.id,
      body,
      clientMsgId: randomUUID(),
      ...(parentId ? { parentId } : {}),
    });
    if (!ack.ok) throw new Error(`send refused: ${ack.error.code}`);
    return ack.data.message;
  };

  beforeAll(async () => {
    app = await startTestApp({ label: 'roomfeatures' });
  });
  // Fresh people per test: each has their own send allowance, as in real life.
  beforeEach(async () => {
    [alice, bob] = await Promise.all([registerPerson(app.baseUrl, 'Alice'), registerPerson(app.baseUrl, 'Bob')]);
    room = await createRoom(app, [alice.user.id, bob.user.id]);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('lets the author edit and delete, shows it to everyone, and refuses others', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const updates = collect(bobSocket, 'message:updated');
    const deletions = collect(bobSocket, 'message:deleted');
    const message = await send(aliceSocket, 'Susitikimas antradienį');

    expect(await emitWithAck(bobSocket, 'message:edit', { messageId: message.id, body: 'hijacked' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await emitWithAck(bobSocket, 'message:delete', { messageId: message.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const edited = await emitWithAck(aliceSocket, 'message:edit', {
      messageId: message.id,
      body: 'Susitikimas trečiadienį',
    });
    expect(edited).toMatchObject({
      ok: true,
      data: { message: { body: 'Susitikimas trečiadienį', seq: message.seq } },
    });
    await waitFor(() => updates.length === 1);
    expect(updates[0]!.message.editedAt).not.toBeNull();

    const deleted = await emitWithAck(aliceSocket, 'message:delete', { messageId: message.id });
    expect(deleted).toMatchObject({ ok: true, data: { message: { deleted: true, body: '' } } });
    await waitFor(() => deletions.length === 1);
    expect(await emitWithAck(aliceSocket, 'message:edit', { messageId: message.id, body: 'back' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('counts reactions per emoji, one per person, and toggles them off', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const message = await send(aliceSocket, 'Ar visiems tinka?');
    await emitWithAck(aliceSocket, 'reaction:toggle', { messageId: message.id, emoji: '👍' });
    const both = await emitWithAck(bobSocket, 'reaction:toggle', { messageId: message.id, emoji: '👍' });
    expect(both).toMatchObject({ ok: true, data: { message: { reactions: { '👍': 2 } } } });
    const off = await emitWithAck(bobSocket, 'reaction:toggle', { messageId: message.id, emoji: '👍' });
    expect(off).toMatchObject({ ok: true, data: { message: { reactions: { '👍': 1 } } } });
    expect(
      await emitWithAck(bobSocket, 'reaction:toggle', { messageId: message.id, emoji: 'not an emoji' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('threads replies under the first message, also when replying to a reply', async () => {
    const { socket } = await joined(alice);
    const root = await send(socket, 'Kas ruošia ataskaitą?');
    const reply = await send(socket, 'Aš', root.id);
    const replyToReply = await send(socket, 'Ačiū', reply.id);
    expect(reply.parentId).toBe(root.id);
    expect(replyToReply.parentId).toBe(root.id);
    const foreign = await emitWithAck(socket, 'message:send', {
      roomId: room.id,
      body: 'wrong thread',
      clientMsgId: randomUUID(),
      parentId: randomUUID(),
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('relays typing to the others, not back to the typist', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const aliceSaw = collect(aliceSocket, 'typing');
    const bobSaw = collect(bobSocket, 'typing');
    expect(await emitWithAck(aliceSocket, 'typing', { roomId: room.id })).toEqual({ ok: true, data: {} });
    await waitFor(() => bobSaw.length === 1);
    expect(bobSaw[0]).toEqual({ roomId: room.id, userId: alice.user.id });
    await pause(100);
    expect(aliceSaw).toHaveLength(0);
  });

  it('counts a person with two tabs once in presence, and drops them when both close', async () => {
    const { socket: bobSocket } = await joined(bob);
    const presence = collect(bobSocket, 'presence');
    const tab1 = await joined(alice);
    const tab2 = await joined(alice);
    expect(tab2.join.online.map((entry) => entry.userId).sort()).toEqual([alice.user.id, bob.user.id].sort());
    tab1.socket.disconnect();
    tab2.socket.disconnect();
    await waitFor(() => presence.at(-1)?.online.length === 1, 3000);
    expect(presence.at(-1)!.online).toEqual([{ userId: bob.user.id, displayName: 'Bob' }]);
  });

  it('moves the read cursor forward only and counts unread messages from others', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    for (let i = 0; i < 5; i++) await send(aliceSocket, `žinutė ${i}`);
    await send(bobSocket, 'my own does not count');
    expect(await emitWithAck(bobSocket, 'room:read', { roomId: room.id, seq: 0 })).toEqual({
      ok: true,
      data: { unread: 5 },
    });
    expect(await emitWithAck(bobSocket, 'room:read', { roomId: room.id, seq: 3 })).toEqual({
      ok: true,
      data: { unread: 2 },
    });
    expect(await emitWithAck(bobSocket, 'room:read', { roomId: room.id, seq: 1 })).toEqual({
      ok: true,
      data: { unread: 2 },
    });
    expect(await emitWithAck(bobSocket, 'room:read', { roomId: room.id, seq: 999 })).toEqual({
      ok: true,
      data: { unread: 0 },
    });
  });

  it('lists my rooms and the open ones with unread counts, and not other people\'s rooms', async () => {
    const { socket } = await joined(alice);
    await send(socket, 'pirmas');
    await send(socket, 'antras');
    const stranger = await registerPerson(app.baseUrl, 'Stranger');
    const privateRoom = await createRoom(app, [stranger.user.id], 'Private');
    const openRoom = await app.app.get(RoomsService).create({ kind: 'channel', name: 'Open café', audience: 'signed_in' });

    const list = await apiClient(app.baseUrl).get('/api/rooms', { token: bob.accessToken });
    expect(list.status).toBe(200);
    const byId = new Map(list.body.items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(room.id)).toMatchObject({ member: true, unread: 2, lastSeq: 2 });
    expect(byId.get(openRoom.id)).toMatchObject({ member: false, unread: 0 });
    expect(byId.has(privateRoom.id)).toBe(false);
  });

  it('pages history backwards and forwards over REST', async () => {
    const { socket } = await joined(alice);
    for (let i = 1; i <= 7; i++) await send(socket, `m${i}`);
    const api = apiClient(app.baseUrl);
    const newest = await api.get(`/api/rooms/${room.id}/messages?limit=3`, { token: bob.accessToken });
    expect(newest.body.items.map((m: { body: string }) => m.body)).toEqual(['m5', 'm6', 'm7']);
    expect(newest.body.nextCursor).toBe('5');
    const older = await api.get(`/api/rooms/${room.id}/messages?limit=3&beforeSeq=5`, { token: bob.accessToken });
    expect(older.body.items.map((m: { body: string }) => m.body)).toEqual(['m2', 'm3', 'm4']);
    const oldest = await api.get(`/api/rooms/${room.id}/messages?limit=3&beforeSeq=2`, { token: bob.accessToken });
    expect(oldest.body).toMatchObject({ nextCursor: null });
    const forward = await api.get(`/api/rooms/${room.id}/messages?afterSeq=4&limit=2`, { token: bob.accessToken });
    expect(forward.body.items.map((m: { seq: number }) => m.seq)).toEqual([5, 6]);
    expect(forward.body.nextCursor).toBe('6');
    const bad = await api.get(`/api/rooms/${room.id}/messages?limit=0`, { token: bob.accessToken });
    expect(bad.status).toBe(400);
    const unknown = await api.get(`/api/rooms/${randomUUID()}/messages`, { token: bob.accessToken });
    expect(unknown.status).toBe(404);
  });
});
