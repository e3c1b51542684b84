/** Two API processes on one Redis: who sees a question's author holds on the other node too. */
import { registerPerson, SignedInPerson } from './support/accounts';
import { ask, createConsultation, socketPool } from './support/consultations';
import { collect, emitWithAck, nextEvent, pause, waitFor } from './support/live-client';
import { registerLecturer, signInAdmin, TEST_ADMIN } from './support/programmes';
import { describeWithRedis, startTestApp, TestApp } from './support/test-app';

describeWithRedis('consultations across two API processes on Redis', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  let lecturer: SignedInPerson;
  let asker: SignedInPerson;
  let peer: SignedInPerson;
  const pool = socketPool(() => nodeA);

  beforeAll(async () => {
    nodeA = await startTestApp({ label: 'consultnodes', redis: true, config: { admin: TEST_ADMIN } });
    nodeB = await startTestApp({
      label: 'consultnodes',
      redis: true,
      databaseUrl: nodeA.config.databaseUrl,
      config: { redisPrefix: nodeA.config.redisPrefix },
    });
    const adminToken = await signInAdmin(nodeA);
    [lecturer, asker, peer] = await Promise.all([
      registerLecturer(nodeA, adminToken, 'Aistė Lecturer'),
      registerPerson(nodeA.baseUrl, 'Anna Asker'),
      registerPerson(nodeA.baseUrl, 'Petras Peer'),
    ]);
  });
  afterEach(() => pool.closeAll());
  afterAll(async () => {
    await nodeB?.close();
    await nodeA?.close();
  });

  it('anonymises a question asked on node A for a peer on node B, and keeps the author for the lecturer on node B', async () => {
    const consultation = await createConsultation(nodeA, lecturer.accessToken);
    const { socket: askerSocket } = await pool.joined(asker, consultation.id, nodeA);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id, nodeB);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id, nodeB);
    const peerReceived = collect(peerSocket, 'question:new');
    const lecturerReceived = collect(lecturerSocket, 'question:new');

    const question = await ask(askerSocket, consultation.id, 'Anonimiškai per mazgus', { anonymous: true });
    await waitFor(() => peerReceived.length === 1 && lecturerReceived.length === 1);
    expect(peerReceived[0]!.question).toMatchObject({ id: question.id, anonymous: true, author: null });
    expect(lecturerReceived[0]!.question.author).toMatchObject({ id: asker.user.id, displayName: 'Anna Asker' });
    await pause(200);
    expect(peerReceived).toHaveLength(1);
    expect(lecturerReceived).toHaveLength(1);

    // A vote on node B reaches node A's asker with the author, and node B's peer without.
    const askerUpdate = nextEvent(askerSocket, 'question:updated');
    const peerUpdate = nextEvent(peerSocket, 'question:updated');
    await emitWithAck(peerSocket, 'question:vote', { questionId: question.id, up: true });
    expect((await askerUpdate).question).toMatchObject({ votes: 1, author: { id: asker.user.id } });
    expect((await peerUpdate).question).toMatchObject({ votes: 1, author: null });
  });

  it('sends a pending question only to presenters on the other node', async () => {
    const consultation = await createConsultation(nodeA, lecturer.accessToken, { moderation: 'pre' });
    const { socket: askerSocket } = await pool.joined(asker, consultation.id, nodeB);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id, nodeA);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id, nodeA);
    const peerReceived = collect(peerSocket, 'question:new');
    const toLecturer = nextEvent(lecturerSocket, 'question:new');

    const question = await ask(askerSocket, consultation.id, 'Laukia patvirtinimo');
    expect((await toLecturer).question).toMatchObject({ id: question.id, status: 'pending' });
    await pause(200);
    expect(peerReceived).toEqual([]);
    await emitWithAck(lecturerSocket, 'question:update', { questionId: question.id, status: 'open' });
    await waitFor(() => peerReceived.length === 1);
    expect(peerReceived[0]!.question).toMatchObject({ id: question.id, status: 'open' });
  });
});
