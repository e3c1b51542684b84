/** Moderation across two API processes on one Redis: actions on node A take effect for clients on node B. */
import type { Message, Page } from '@klasteris/contracts';

import { sendMessage } from './support/groups';
import { apiClient } from './support/http';
import { collect, connected, emitWithAck, liveClient, LiveClient, nextEvent, pause } from './support/live-client';
import { acted, channelWithMembers, MODERATION_ADMIN, ModerationCast, moderationCast } from './support/moderation';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describeWithRedis('moderation across two API processes on Redis', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  let cast: ModerationCast;
  const sockets: LiveClient[] = [];
  const joined = async (app: TestApp, token: string, roomId: string) => {
    const socket = liveClient(app.baseUrl, token);
    sockets.push(socket);
    await connected(socket);
    const ack = await emitWithAck(socket, 'room:join', { roomId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
    return socket;
  };

  beforeAll(async () => {
    nodeA = await startTestApp({ label: 'modnodes', redis: true, config: { admin: MODERATION_ADMIN } });
    nodeB = await startTestApp({
      label: 'modnodes',
      redis: true,
      databaseUrl: nodeA.config.databaseUrl,
      config: { redisPrefix: nodeA.config.redisPrefix },
    });
    cast = await moderationCast(nodeA);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(async () => {
    await nodeB?.close();
    await nodeA?.close();
  });

  it('a hide on node A removes the message from a client on node B within a second; a moderator on B sees it marked', async () => {
    const channel = await channelWithMembers(nodeA);
    const authorSocket = await joined(nodeA, channel.member.accessToken, channel.roomId);
    const readerOnB = await joined(nodeB, channel.owner.accessToken, channel.roomId);
    const moderatorOnB = await joined(nodeB, cast.moderator.accessToken, channel.roomId);
    const message = await sendMessage(authorSocket, channel.roomId, 'Netinkama žinutė');

    const hidden = nextEvent(readerOnB, 'message:hidden', 1000);
    const marked = nextEvent(moderatorOnB, 'message:updated', 1000);
    const started = Date.now();
    await acted(nodeA, cast.moderator.accessToken, {
      action: 'hide',
      roomId: channel.roomId,
      targetType: 'message',
      targetId: message.id,
      reason: 'Įžeidu',
    });
    expect(await hidden).toEqual({ roomId: channel.roomId, messageId: message.id });
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await marked).message).toMatchObject({
      id: message.id,
      hidden: true,
      hiddenBy: { id: cast.moderator.user.id },
    });

    const history = await apiClient(nodeB.baseUrl).get<Page<Message>>(`/api/rooms/${channel.roomId}/messages`, {
      token: channel.owner.accessToken,
    });
    expect(history.body.items.map((item) => item.id)).not.toContain(message.id);
  });

  it('a ban on node A takes the person’s socket on node B out of the room and refuses their rejoin', async () => {
    const channel = await channelWithMembers(nodeA);
    const ownerOnA = await joined(nodeA, channel.owner.accessToken, channel.roomId);
    const memberOnB = await joined(nodeB, channel.member.accessToken, channel.roomId);
    const banned = nextEvent(memberOnB, 'member:banned', 1000);
    await acted(nodeA, cast.moderator.accessToken, {
      action: 'ban',
      roomId: channel.roomId,
      userId: channel.member.user.id,
      reason: 'Šlamštas',
    });
    expect((await banned).userId).toBe(channel.member.user.id);
    const received = collect(memberOnB, 'message:new');
    await sendMessage(ownerOnA, channel.roomId, 'ne tau');
    await pause(300);
    expect(received).toHaveLength(0);
    const rejoin = await emitWithAck(memberOnB, 'room:join', { roomId: channel.roomId });
    expect(!rejoin.ok && rejoin.error.code).toBe('BANNED');
  });

  it('a lock on node A refuses sends on node B and tells its clients', async () => {
    const channel = await channelWithMembers(nodeA);
    const memberOnB = await joined(nodeB, channel.member.accessToken, channel.roomId);
    const updated = nextEvent(memberOnB, 'room:updated', 1000);
    await acted(nodeA, cast.moderator.accessToken, { action: 'lock', roomId: channel.roomId, reason: 'Pertrauka' });
    expect((await updated).room.locked).toBe(true);
    const refused = await emitWithAck(memberOnB, 'message:send', {
      roomId: channel.roomId,
      body: 'ar galiu?',
      clientMsgId: 'locked-1',
    });
    expect(!refused.ok && refused.error.code).toBe('ROOM_LOCKED');
  });
});
