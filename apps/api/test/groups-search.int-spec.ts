/** Searching a working group's messages: Lithuanian with and without diacritics, English stems, safety, the index. */
import type { GroupDetail, GroupSearchHit, Page } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { SEARCH_QUERY } from '../src/groups/group-search.service';
import { registerPerson, SignedInPerson } from './support/accounts';
import { addMember, createGroup, sendMessage } from './support/groups';
import { apiClient, errorBody } from './support/http';
import { connected, emitWithAck, liveClient, LiveClient } from './support/live-client';
import { startTestApp, TestApp } from './support/test-app';

describe('working groups: search', () => {
  let app: TestApp;
  let owner: SignedInPerson;
  let member: SignedInPerson;
  let outsider: SignedInPerson;
  let group: GroupDetail;
  let otherGroup: GroupDetail;
  let socket: LiveClient;
  const ids: Record<string, string> = {};

  const search = (q: string, person = member, groupId = group.id, cursor?: string) =>
    apiClient(app.baseUrl).get<Page<GroupSearchHit>>(
      `/api/groups/${groupId}/search?q=${encodeURIComponent(q)}${cursor ? `&cursor=${cursor}` : ''}`,
      { token: person.accessToken },
    );
  const bodies = (page: Page<GroupSearchHit>) => page.items.map((hit) => hit.message.body);

  beforeAll(async () => {
    app = await startTestApp({ label: 'groupssearch' });
    [owner, member, outsider] = await Promise.all([
      registerPerson(app.baseUrl, 'Rasa Paieška'),
      registerPerson(app.baseUrl, 'Tomas Paieška'),
      registerPerson(app.baseUrl, 'Olaf Outside'),
    ]);
    group = await createGroup(app, owner);
    await addMember(app, owner, group.id, member.user.id);
    otherGroup = await createGroup(app, outsider, { name: 'Kita grupė' });
    const channel = await apiClient(app.baseUrl).post(
      `/api/groups/${group.id}/channels`,
      { name: 'renginiai' },
      {
        token: owner.accessToken,
      },
    );

    socket = liveClient(app.baseUrl, owner.accessToken);
    await connected(socket);
    const say = async (key: string, body: string, roomId = group.defaultRoomId) => {
      ids[key] = (await sendMessage(socket, roomId, body)).id;
    };
    await say('health', 'Visuomenės sveikatą Biržuose stiprinsime kartu su seniūnijomis.');
    await say('birzai', 'Kitas susitikimas Birzai, antradienį 10 val.');
    await say('meeting', 'The meetings with Flexible Education Norway went well.');
    await say('event', 'Sveikata ir gerovė: renginys bibliotekoje', channel.body.id);
    await say('deleted', 'Ištrinta sveikata');
    await say('hidden', 'Paslėpta sveikata');
    ids.noise = (await sendMessage(socket, group.defaultRoomId, 'Nieko bendro su paieška')).id;
    const outsiderSocket = liveClient(app.baseUrl, outsider.accessToken);
    await connected(outsiderSocket);
    await sendMessage(outsiderSocket, otherGroup.defaultRoomId, 'Sveikata kitoje grupėje');
    outsiderSocket.disconnect();

    expect((await emitWithAck(socket, 'message:delete', { messageId: ids.deleted! })).ok).toBe(true);
    await app.app.get(DataSource).query(`UPDATE messages SET hidden_at = now() WHERE id = $1`, [ids.hidden]);
  });
  afterAll(async () => {
    socket?.disconnect();
    await app.close();
  });

  it('finds Lithuanian words with and without diacritics, in every channel of the group only', async () => {
    const plain = await search('sveikata');
    expect(plain.status).toBe(200);
    expect(plain.body.items.map((hit) => hit.message.id).sort()).toEqual([ids.health, ids.event].sort());
    expect(plain.body.items.find((hit) => hit.message.id === ids.event)?.channelName).toBe('renginiai');

    const accented = await search('Biržai');
    expect(bodies(accented.body)).toEqual(['Kitas susitikimas Birzai, antradienį 10 val.']);
    const withDiacritics = await search('sveikatą');
    expect(withDiacritics.body.items.map((hit) => hit.message.id).sort()).toEqual([ids.health, ids.event].sort());
  });

  it('highlights the words as written, in segments, never HTML', async () => {
    const page = (await search('sveikata')).body;
    const health = page.items.find((hit) => hit.message.id === ids.health)!;
    expect(health.snippet).toEqual([
      { text: 'Visuomenės ', match: false },
      { text: 'sveikatą', match: true },
      { text: ' Biržuose stiprinsime kartu su seniūnijomis.', match: false },
    ]);
    expect(health.rank).toBeGreaterThan(0);
  });

  it('finds English words by their stem, ranked', async () => {
    const page = (await search('meeting')).body;
    expect(page.items.map((hit) => hit.message.id)).toEqual([ids.meeting]);
    expect(page.items[0]!.snippet.find((part) => part.match)).toEqual({ text: 'meetings', match: true });
    // An exact word ranks above a stem-only match.
    const ranked = (await search('sveikata gerovė')).body;
    expect(ranked.items[0]!.message.id).toBe(ids.event);
  });

  it('never finds deleted or hidden messages', async () => {
    const found = (await search('sveikata')).body.items.map((hit) => hit.message.id);
    expect(found).not.toContain(ids.deleted);
    expect(found).not.toContain(ids.hidden);
    expect((await search('Ištrinta')).body.items).toEqual([]);
    expect((await search('Paslėpta')).body.items).toEqual([]);
  });

  it('answers a query full of SQL and regex symbols with an empty page, not an error', async () => {
    for (const q of [
      `'); DROP TABLE messages; --`,
      `.*[a-z]+$ \\d (?<x>) | & ! :* <-> ~ %_`,
      `" OR "" = "`,
      `&&||!!(())::**`,
      `\\x00 \u0000`.replace('\u0000', ''),
    ]) {
      const response = await search(q);
      expect({ q, status: response.status, items: response.body.items }).toEqual({ q, status: 200, items: [] });
    }
    expect((await search('sveikata')).body.items.length).toBe(2);
  });

  it('refuses a NUL character, which PostgreSQL cannot store, with 400 rather than a server error', async () => {
    const response = await search('sveikata\u0000');
    expect([response.status, errorBody(response).code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses non-members with 404, as if the group did not exist', async () => {
    const response = await search('sveikata', outsider);
    expect([response.status, errorBody(response).code]).toEqual([404, 'NOT_FOUND']);
    // And a member of another group finds only that group's messages there.
    expect(bodies((await search('sveikata', outsider, otherGroup.id)).body)).toEqual(['Sveikata kitoje grupėje']);
  });

  it('pages with a cursor', async () => {
    const writer = await registerPerson(app.baseUrl, 'Daug Rašantis');
    const many = await createGroup(app, writer, { name: 'Daug žinučių' });
    const writerSocket = liveClient(app.baseUrl, writer.accessToken);
    await connected(writerSocket);
    // A person's send allowance is a burst of ten: the rest are written as the store writes them.
    for (let i = 0; i < 9; i += 1) await sendMessage(writerSocket, many.defaultRoomId, `planas numeris ${i}`);
    writerSocket.disconnect();
    const db = app.app.get(DataSource);
    await db.query(
      `WITH next AS (UPDATE rooms SET last_seq = last_seq + 20 WHERE id = $1 RETURNING last_seq)
       INSERT INTO messages (room_id, seq, author_id, client_msg_id, body)
       SELECT $1, (SELECT last_seq FROM next) - 20 + n, $2, 'bulk-' || n, 'planas papildomas ' || n FROM generate_series(1, 20) n`,
      [many.defaultRoomId, writer.user.id],
    );
    const first = (await search('planas', writer, many.id)).body;
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = (await search('planas', writer, many.id, first.nextCursor!)).body;
    expect(second.items).toHaveLength(9);
    expect(second.nextCursor).toBeNull();
    const all = new Set([...first.items, ...second.items].map((hit) => hit.message.id));
    expect(all.size).toBe(29);
  });

  it('is served by the GIN index, not by scanning messages', async () => {
    const db = app.app.get(DataSource);
    const plan = await db.transaction(async (manager) => {
      // Few rows make a scan cheapest; take it off the table to see that the index can serve the query.
      await manager.query(`SET LOCAL enable_seqscan = off`);
      return (await manager.query(
        `EXPLAIN SELECT m.id FROM messages m
          WHERE message_search_vector(m.body) @@ (${SEARCH_QUERY.replace(/\$2/g, '$1')})
            AND m.deleted_at IS NULL AND m.hidden_at IS NULL`,
        ['sveikata'],
      )) as { 'QUERY PLAN': string }[];
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('messages_search_idx');
    expect(text).not.toMatch(/Seq Scan on messages/);
  });
});
