/** Working groups on two API processes sharing PostgreSQL and Redis: live activity and removal span both. */
import { registerPerson } from './support/accounts';
import { addMember, createGroup, sendMessage } from './support/groups';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, pause, waitFor } from './support/live-client';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describeWithRedis('working groups across two API processes on Redis', () => {
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
    nodeA = await startTestApp({ label: 'groupnodes', redis: true });
    nodeB = await startTestApp({
      label: 'groupnodes',
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

  it('delivers room:activity from a message on node A to a member connected to node B, until they are removed', async () => {
    const [owner, member, later] = await Promise.all([
      registerPerson(nodeA.baseUrl, 'Owner A'),
      registerPerson(nodeA.baseUrl, 'Member B'),
      registerPerson(nodeA.baseUrl, 'Later B'),
    ]);
    const group = await createGroup(nodeA, owner);
    await addMember(nodeA, owner, group.id, member.user.id);

    const ownerSocket = await open(nodeA, owner.accessToken);
    await emitWithAck(ownerSocket, 'room:join', { roomId: group.defaultRoomId });
    const memberSocket = await open(nodeB, member.accessToken);
    const laterSocket = await open(nodeB, later.accessToken);
    const activity = collect(memberSocket, 'room:activity');
    const laterActivity = collect(laterSocket, 'room:activity');

    const message = await sendMessage(ownerSocket, group.defaultRoomId, 'Labas iš mazgo A');
    await waitFor(() => activity.length === 1);
    expect(activity[0]).toEqual({
      roomId: group.defaultRoomId,
      groupId: group.id,
      lastSeq: message.seq,
      authorId: owner.user.id,
    });

    // Added on node A while connected to node B: hears the group at once.
    await addMember(nodeA, owner, group.id, later.user.id);
    await pause(200);
    await sendMessage(ownerSocket, group.defaultRoomId, 'Sveiki visi');
    await waitFor(() => laterActivity.length === 1 && activity.length === 2);

    // Removed on node A: their sockets on node B leave the group and its channels.
    expect((await emitWithAck(memberSocket, 'room:join', { roomId: group.defaultRoomId })).ok).toBe(true);
    const messages = collect(memberSocket, 'message:new');
    const removed = await apiClient(nodeA.baseUrl).delete(`/api/groups/${group.id}/members/${member.user.id}`, {
      token: owner.accessToken,
    });
    expect(removed.status).toBe(204);
    await pause(200);
    await sendMessage(ownerSocket, group.defaultRoomId, 'Nebe tau');
    await waitFor(() => laterActivity.length === 2);
    await pause(200);
    expect(activity).toHaveLength(2);
    expect(messages).toHaveLength(0);
  });
});
