/** Two API processes on one Redis: rooms, removal and rate limits span both. */
import { randomUUID } from 'node:crypto';

import { RoomsService } from '../src/rooms/rooms.service';
import { registerPerson } from './support/accounts';
import { collect, connected, emitWithAck, liveClient, LiveClient, pause, waitFor } from './support/live-client';
import { createRoom } from './support/rooms';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describeWithRedis('rooms across two API processes on Redis', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  const sockets: LiveClient[] = [];
  const open = async (app: TestApp, token: string) => {
    const socket = liveClient(app.baseUrl, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };

  beforeAll(async () => {
    nodeA = await startTestApp({ label: 'roomnodes', redis: true });
    nodeB = await startTestApp({
      label: 'roomnodes',
      redis: true,
      databaseUrl: nodeA.config.databaseUrl,
      config: { redisPrefix: nodeA.config.redisPrefix },
    });
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(async () => {
    await nodeB?.close();
    await nodeA?.close();
  });

  it('delivers a message sent on node A to a member connected to node B, with presence from both', async () => {
    const [alice, bob] = await Promise.all([
      registerPerson(nodeA.baseUrl, 'Alice A'),
      registerPerson(nodeA.baseUrl, 'Bob B'),
    ]);
    const room = await createRoom(nodeA, [alice.user.id, bob.user.id]);
    const aliceSocket = await open(nodeA, alice.accessToken);
    const bobSocket = await open(nodeB, bob.accessToken);
    await emitWithAck(aliceSocket, 'room:join', { roomId: room.id });
    const bobJoin = await emitWithAck(bobSocket, 'room:join', { roomId: room.id });
    expect(bobJoin.ok && bobJoin.data.online.map((entry) => entry.userId).sort()).toEqual(
      [alice.user.id, bob.user.id].sort(),
    );

    const received = collect(bobSocket, 'message:new');
    const ack = await emitWithAck(aliceSocket, 'message:send', {
      roomId: room.id,
      body: 'per mazgus',
      clientMsgId: randomUUID(),
    });
    expect(ack.ok).toBe(true);
    await waitFor(() => received.length === 1);
    expect(received[0]!.message.body).toBe('per mazgus');
  });

  it('numbers concurrent sends on both nodes without gaps', async () => {
    const [alice, bob] = await Promise.all([
      registerPerson(nodeA.baseUrl, 'Seq A'),
      registerPerson(nodeA.baseUrl, 'Seq B'),
    ]);
    const room = await createRoom(nodeA, [alice.user.id, bob.user.id]);
    const aliceSocket = await open(nodeA, alice.accessToken);
    const bobSocket = await open(nodeB, bob.accessToken);
    const acks = await Promise.all(
      [aliceSocket, bobSocket].flatMap((socket) =>
        Array.from({ length: 10 }, (_, i) =>
          emitWithAck(socket, 'message:send', { roomId: room.id, body: `m${i}`, clientMsgId: randomUUID() }),
        ),
      ),
    );
    const seqs = acks.map((ack) => (ack.ok ? ack.data.message.seq : 0)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('removal on node A silences the room for the member on node B at once', async () => {
    const [alice, bob] = await Promise.all([
      registerPerson(nodeA.baseUrl, 'Stay A'),
      registerPerson(nodeA.baseUrl, 'Go B'),
    ]);
    const room = await createRoom(nodeA, [alice.user.id, bob.user.id]);
    const aliceSocket = await open(nodeA, alice.accessToken);
    const bobSocket = await open(nodeB, bob.accessToken);
    await emitWithAck(aliceSocket, 'room:join', { roomId: room.id });
    await emitWithAck(bobSocket, 'room:join', { roomId: room.id });
    const received = collect(bobSocket, 'message:new');

    await nodeA.app.get(RoomsService).removeMember(room.id, bob.user.id);
    await pause(200);
    await emitWithAck(aliceSocket, 'message:send', { roomId: room.id, body: 'not for Bob', clientMsgId: randomUUID() });
    await pause(300);
    expect(received).toHaveLength(0);
  });

  it('shares one send allowance per person across nodes', async () => {
    const person = await registerPerson(nodeA.baseUrl, 'Two Tabs');
    const room = await createRoom(nodeA, [person.user.id]);
    const onA = await open(nodeA, person.accessToken);
    const onB = await open(nodeB, person.accessToken);
    const acks = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        emitWithAck(i % 2 ? onA : onB, 'message:send', { roomId: room.id, body: `m${i}`, clientMsgId: randomUUID() }),
      ),
    );
    expect(acks.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED').length).toBeGreaterThan(0);
  });
});
