/**
 * The live engine as members see it: messages arrive in order, once, with
 * gap-free seqs; outsiders are refused; reconnecting clients catch up.
 */
import { randomUUID } from 'node:crypto';

import type { Room } from '@klasteris/contracts';

import { RoomsService } from '../src/rooms/rooms.service';
import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, pause, waitFor } from './support/live-client';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

describe('room messages', () => {
  let app: TestApp;
  let alice: SignedInPerson;
  let bob: SignedInPerson;
  let outsider: SignedInPerson;
  let room: Room;
  const sockets: LiveClient[] = [];

  const connect = async (person: SignedInPerson) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  const joined = async (person: SignedInPerson, roomId = room.id, afterSeq?: number) => {
    const socket = await connect(person);
    const ack = await emitWithAck(socket, 'room:join', { roomId, ...(afterSeq === undefined ? {} : { afterSeq }) });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return { socket, join: ack.data };
  };
  const send = (
    socket: LiveClient,
    body: string,
    extra: { parentId?: string; clientMsgId?: string; roomId?: string } = {},
  ) =>
    emitWithAck(socket, 'message:send', {
      roomId: extra.roomId ?? room.id,
      body,
      clientMsgId: extra.clientMsgId ?? randomUUID(),
      ...(extra.parentId ? { parentId: extra.parentId } : {}),
    });

  beforeAll(async () => {
    app = await startTestApp({ label: 'rooms' });
  });
  // Fresh people per test: each has their own send allowance, as in real life.
  beforeEach(async () => {
    [alice, bob, outsider] = await Promise.all([
      registerPerson(app.baseUrl, 'Alice Utena'),
      registerPerson(app.baseUrl, 'Bob Birzai'),
      registerPerson(app.baseUrl, 'Olga Outsider'),
    ]);
    room = await createRoom(app, [alice.user.id, bob.user.id]);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('delivers each message to every member in order, stored before it is acknowledged', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const bobReceived = collect(bobSocket, 'message:new');

    for (const body of ['Labas', 'Sveiki visi', 'Hello from Birzai']) {
      const ack = await send(aliceSocket, body);
      expect(ack.ok).toBe(true);
    }
    await waitFor(() => bobReceived.length === 3);
    expect(bobReceived.map((event) => [event.message.seq, event.message.body])).toEqual([
      [1, 'Labas'],
      [2, 'Sveiki visi'],
      [3, 'Hello from Birzai'],
    ]);
    expect(bobReceived[0]!.message.author).toMatchObject({ id: alice.user.id, displayName: 'Alice Utena' });

    const history = await apiClient(app.baseUrl).get(`/api/rooms/${room.id}/messages`, { token: bob.accessToken });
    expect(history.status).toBe(200);
    expect(history.body.items.map((message: { body: string }) => message.body)).toEqual([
      'Labas',
      'Sveiki visi',
      'Hello from Birzai',
    ]);
  });

  it('refuses a non-member with FORBIDDEN on join, send, history and reactions', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const sent = await send(aliceSocket, 'members only');
    if (!sent.ok) throw new Error('send failed');

    const socket = await connect(outsider);
    const join = await emitWithAck(socket, 'room:join', { roomId: room.id });
    expect(join).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await send(socket, 'let me in')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await emitWithAck(socket, 'reaction:toggle', { messageId: sent.data.message.id, emoji: '👍' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await emitWithAck(socket, 'typing', { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await emitWithAck(socket, 'room:read', { roomId: room.id, seq: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await emitWithAck(socket, 'message:edit', { messageId: sent.data.message.id, body: 'mine now' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const history = await apiClient(app.baseUrl).get(`/api/rooms/${room.id}/messages`, { token: outsider.accessToken });
    expect(history.status).toBe(403);
    expect(history.body.code).toBe('FORBIDDEN');
    // The refusals left the connection usable.
    expect(socket.connected).toBe(true);
  });

  it('stores and broadcasts one message when the same clientMsgId is sent twice, and acknowledges both with it', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const bobReceived = collect(bobSocket, 'message:new');
    const clientMsgId = randomUUID();
    const [first, second] = await Promise.all([
      send(aliceSocket, 'once only', { clientMsgId }),
      send(aliceSocket, 'once only', { clientMsgId }),
    ]);
    if (!first.ok || !second.ok) throw new Error('send failed');
    expect(second.data.message.id).toBe(first.data.message.id);
    await pause(300);
    expect(bobReceived).toHaveLength(1);
    const history = await apiClient(app.baseUrl).get(`/api/rooms/${room.id}/messages`, { token: bob.accessToken });
    expect(history.body.items).toHaveLength(1);
  });

  it('numbers 200 concurrent sends from 20 clients 1..200 with no gap', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => registerPerson(app.baseUrl, `Sender ${i}`)));
    const busyRoom = await createRoom(
      app,
      people.map((person) => person.user.id),
      'Busy',
    );
    const clients = await Promise.all(people.map((person) => joined(person, busyRoom.id)));
    const acks = await Promise.all(
      clients.flatMap(({ socket }, client) =>
        Array.from({ length: 10 }, (_, i) => send(socket, `client ${client} message ${i}`, { roomId: busyRoom.id })),
      ),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    const seqs = acks.map((ack) => (ack.ok ? ack.data.message.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('gives a client that was away exactly the messages it missed, in order, once', async () => {
    const [carol, dave] = await Promise.all([
      registerPerson(app.baseUrl, 'Carol'),
      registerPerson(app.baseUrl, 'Dave'),
    ]);
    await app.app.get(RoomsService).addMembers(room.id, [carol.user.id, dave.user.id]);
    const senders = await Promise.all([alice, carol, dave].map(async (person) => (await joined(person)).socket));
    const { socket: bobSocket } = await joined(bob);
    const seenByBob = collect(bobSocket, 'message:new');
    await send(senders[0]!, 'before Bob left');
    await waitFor(() => seenByBob.length === 1);
    const lastSeen = seenByBob[0]!.message.seq;
    bobSocket.disconnect();

    const missed: string[] = [];
    for (let i = 1; i <= 20; i++) {
      const ack = await send(senders[i % senders.length]!, `missed ${i}`);
      if (!ack.ok) throw new Error(`send refused: ${ack.error.code}`);
      missed.push(ack.data.message.id);
    }
    const { join: rejoin } = await joined(bob, room.id, lastSeen);
    expect(rejoin.messages.map((message) => message.id)).toEqual(missed);
    expect(rejoin.messages.map((message) => message.seq)).toEqual(
      Array.from({ length: 20 }, (_, i) => lastSeen + i + 1),
    );
    expect(rejoin.lastSeq).toBe(lastSeen + 20);
  });

  it('stops sending a removed member anything from the room at once, and refuses their rejoin', async () => {
    const { socket: aliceSocket } = await joined(alice);
    const { socket: bobSocket } = await joined(bob);
    const bobReceived = collect(bobSocket, 'message:new');
    await send(aliceSocket, 'while Bob is here');
    await waitFor(() => bobReceived.length === 1);

    await app.app.get(RoomsService).removeMember(room.id, bob.user.id);
    await send(aliceSocket, 'after Bob was removed');
    await pause(300);
    expect(bobReceived).toHaveLength(1);
    expect(await emitWithAck(bobSocket, 'room:join', { roomId: room.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a 5,000-character body, a NUL character and a 100 KiB frame, and the socket still works', async () => {
    const { socket } = await joined(alice);
    expect(await send(socket, 'x'.repeat(5000))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await send(socket, '   ')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    // PostgreSQL cannot store a NUL character: refused as input, and no seq is used up.
    expect(await send(socket, 'nul \u0000 here')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const hugeFrame = { roomId: room.id, body: 'ok', clientMsgId: randomUUID(), padding: 'y'.repeat(100 * 1024) };
    expect(await emitWithAck(socket, 'message:send', hugeFrame as never)).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(socket.connected).toBe(true);
    const fine = await send(socket, 'still here');
    expect(fine).toMatchObject({ ok: true, data: { message: { body: 'still here', seq: 1 } } });
  });

  it('refuses a sender over the rate with RATE_LIMITED and lets them send again later', async () => {
    const person = await registerPerson(app.baseUrl, 'Fast Typist');
    const fastRoom = await createRoom(app, [person.user.id], 'Fast');
    const { socket } = await joined(person, fastRoom.id);
    const acks = await Promise.all(
      Array.from({ length: 25 }, (_, i) => send(socket, `spam ${i}`, { roomId: fastRoom.id })),
    );
    const limited = acks.filter((ack) => !ack.ok);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    await pause(1100);
    expect((await send(socket, 'calm again', { roomId: fastRoom.id })).ok).toBe(true);
  });
});
