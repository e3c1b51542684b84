/**
 * Questions in a live consultation as the people in it notice them: every
 * client gets a new question, votes count exactly under concurrency,
 * anonymity and pre-moderation hide what they should from whom they should,
 * and learners cannot do a presenter's work.
 */
import { randomUUID } from 'node:crypto';

import type { Consultation, Question } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { registerPerson, SignedInPerson } from './support/accounts';
import {
  ask,
  createConsultation,
  latestById,
  registerCrowd,
  registerModerator,
  socketPool,
} from './support/consultations';
import { apiClient } from './support/http';
import { collect, emitWithAck, nextEvent, pause, waitFor } from './support/live-client';
import { registerLecturer, signInAdmin, TEST_ADMIN } from './support/programmes';
import { createRoom } from './support/rooms';
import { startTestApp, TestApp } from './support/test-app';

describe('consultation questions', () => {
  let app: TestApp;
  let adminToken: string;
  let lecturer: SignedInPerson;
  let moderator: SignedInPerson;
  let crowd: SignedInPerson[];
  const pool = socketPool(() => app);

  beforeAll(async () => {
    app = await startTestApp({ label: 'consultq', config: { admin: TEST_ADMIN, trustProxy: true } });
    adminToken = await signInAdmin(app);
    [lecturer, moderator, crowd] = await Promise.all([
      registerLecturer(app, adminToken, 'Aistė Lecturer'),
      registerModerator(app, adminToken, 'Mantas Moderator'),
      registerCrowd(app, 50, 'Learner'),
    ]);
  }, 120_000);
  afterEach(() => pool.closeAll());
  afterAll(() => app.close());

  const storedVotes = async (questionId: string) => {
    const [row] = (await app.app.get(DataSource).query(
      `SELECT q.votes, (SELECT count(*)::int FROM question_votes v WHERE v.question_id = q.id) AS rows
           FROM questions q WHERE q.id = $1`,
      [questionId],
    )) as { votes: number; rows: number }[];
    return row;
  };

  it('delivers a new question to all 50 clients, and counts 30 concurrent voters (some voting twice) as exactly 30 everywhere', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken, { title: 'Didelė sesija · Big session' });
    const clients = await Promise.all(crowd.map((person) => pool.joined(person, consultation.id)));
    const lecturerSide = await pool.joined(lecturer, consultation.id);
    const newOnEach = clients.map(({ socket }) => collect(socket, 'question:new'));
    const updatesOnEach = clients.map(({ socket }) => collect(socket, 'question:updated'));

    const question = await ask(lecturerSide.socket, consultation.id, 'Kas jums svarbiausia? What matters most?');
    await waitFor(() => newOnEach.every((received) => received.length === 1), 10_000);
    for (const received of newOnEach) {
      expect(received[0]!.question).toMatchObject({ id: question.id, seq: 1, votes: 0, status: 'open' });
    }

    // 30 people vote at once; 10 of them press twice.
    const voters = clients.slice(0, 30);
    const acks = await Promise.all(
      voters.flatMap(({ socket }, index) =>
        Array.from({ length: index % 3 === 0 ? 2 : 1 }, () =>
          emitWithAck(socket, 'question:vote', { questionId: question.id, up: true }),
        ),
      ),
    );
    expect(acks).toHaveLength(40);
    expect(acks.every((ack) => ack.ok && ack.data.question.myVote)).toBe(true);
    expect(await storedVotes(question.id)).toEqual({ votes: 30, rows: 30 });

    // Every client's latest view (highest version) says 30, however the broadcasts were ordered.
    await waitFor(() => updatesOnEach.every((received) => latestById(received).get(question.id)?.votes === 30), 10_000);
    for (const received of updatesOnEach) {
      const latest = latestById(received).get(question.id)!;
      expect(latest.version).toBe(31);
      expect(latest.myVote).toBe(false);
      // Exactly one broadcast per counted vote, and never a count above the truth.
      expect(received).toHaveLength(30);
      expect(Math.max(...received.map((event) => event.question.votes))).toBe(30);
    }

    // A rejoining voter sees their own vote; someone who did not vote sees none.
    const voterJoin = await emitWithAck(voters[0]!.socket, 'room:join', { roomId: consultation.id });
    expect(voterJoin.ok && voterJoin.data.questions[0]).toMatchObject({ votes: 30, myVote: true });
    const otherJoin = await emitWithAck(clients[40]!.socket, 'room:join', { roomId: consultation.id });
    expect(otherJoin.ok && otherJoin.data.questions[0]).toMatchObject({ votes: 30, myVote: false });
  }, 90_000);

  it('takes a vote back once; repeats change nothing and return the question as it is', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const [alice, bob] = crowd;
    const { socket: aliceSocket } = await pool.joined(alice!, consultation.id);
    const { socket: bobSocket } = await pool.joined(bob!, consultation.id);
    const updates = collect(bobSocket, 'question:updated');
    const question = await ask(bobSocket, consultation.id, 'Ar galima balsuoti už savo klausimą?');

    const vote = (up: boolean) => emitWithAck(aliceSocket, 'question:vote', { questionId: question.id, up });
    expect(await vote(true)).toMatchObject({ ok: true, data: { question: { votes: 1, myVote: true, version: 2 } } });
    expect(await vote(true)).toMatchObject({ ok: true, data: { question: { votes: 1, myVote: true, version: 2 } } });
    expect(await vote(false)).toMatchObject({ ok: true, data: { question: { votes: 0, myVote: false, version: 3 } } });
    expect(await vote(false)).toMatchObject({ ok: true, data: { question: { votes: 0, myVote: false, version: 3 } } });
    // The author may vote for their own question.
    expect(await emitWithAck(bobSocket, 'question:vote', { questionId: question.id, up: true })).toMatchObject({
      ok: true,
      data: { question: { votes: 1, myVote: true } },
    });

    await pause(200);
    expect(updates.map((event) => [event.question.votes, event.question.version])).toEqual([
      [1, 2],
      [0, 3],
      [1, 4],
    ]);
    expect(await storedVotes(question.id)).toEqual({ votes: 1, rows: 1 });
  });

  it('keeps the count exact when a voter’s account is removed', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const voter = await registerPerson(app.baseUrl, 'Laikinas balsuotojas');
    const { socket: voterSocket } = await pool.joined(voter, consultation.id);
    const question = await ask(voterSocket, consultation.id, 'Ar balsas išnyks kartu su paskyra?');
    await emitWithAck(voterSocket, 'question:vote', { questionId: question.id, up: true });
    expect(await storedVotes(question.id)).toEqual({ votes: 1, rows: 1 });
    pool.closeAll();
    await app.app.get(DataSource).query(`DELETE FROM users WHERE id = $1`, [voter.user.id]);
    expect(await storedVotes(question.id)).toEqual({ votes: 0, rows: 0 });
  });

  it('lets presenters answer, pin and change status, and refuses learners with FORBIDDEN changing nothing', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const learner = crowd[2]!;
    const { socket: learnerSocket } = await pool.joined(learner, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const question = await ask(learnerSocket, consultation.id, 'Kada bus kitas susitikimas?');

    for (const [event, payload] of [
      ['question:answer', { questionId: question.id, body: 'Rytoj' }],
      ['question:update', { questionId: question.id, pinned: true }],
      ['question:update', { questionId: question.id, status: 'dismissed' }],
      ['question:update', { questionId: question.id, status: 'answered' }],
    ] as const) {
      const ack = await emitWithAck(learnerSocket, event, payload as never);
      expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const unchanged = await apiClient(app.baseUrl).get(`/api/rooms/${consultation.id}/questions`, {
      token: learner.accessToken,
    });
    expect(unchanged.body.items[0]).toMatchObject({ status: 'open', pinned: false, answer: null, version: 1 });

    const learnerUpdates = collect(learnerSocket, 'question:updated');
    const answered = await emitWithAck(lecturerSocket, 'question:answer', {
      questionId: question.id,
      body: '  Kitą antradienį, 10 val.  ',
    });
    expect(answered).toMatchObject({
      ok: true,
      data: { question: { status: 'answered', answer: 'Kitą antradienį, 10 val.', version: 2 } },
    });
    const pinned = await emitWithAck(lecturerSocket, 'question:update', { questionId: question.id, pinned: true });
    expect(pinned).toMatchObject({ ok: true, data: { question: { pinned: true, version: 3 } } });
    // Setting what already is changes nothing.
    const again = await emitWithAck(lecturerSocket, 'question:update', { questionId: question.id, pinned: true });
    expect(again).toMatchObject({ ok: true, data: { question: { pinned: true, version: 3 } } });
    // A moderator presents too.
    const { socket: moderatorSocket } = await pool.joined(moderator, consultation.id);
    const dismissed = await emitWithAck(moderatorSocket, 'question:update', {
      questionId: question.id,
      status: 'dismissed',
    });
    expect(dismissed).toMatchObject({ ok: true, data: { question: { status: 'dismissed', version: 4 } } });
    await waitFor(() => learnerUpdates.length === 3);
    expect(learnerUpdates.map((event) => event.question.version)).toEqual([2, 3, 4]);
    // Dismissed questions take no votes.
    expect(await emitWithAck(learnerSocket, 'question:vote', { questionId: question.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('sends an anonymous question to peers without its author and to the lecturer with it', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const [asker, peer] = [crowd[3]!, crowd[4]!];
    const { socket: askerSocket } = await pool.joined(asker, consultation.id);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const { socket: moderatorSocket } = await pool.joined(moderator, consultation.id);
    const toPeer = nextEvent(peerSocket, 'question:new');
    const toLecturer = nextEvent(lecturerSocket, 'question:new');
    const toModerator = nextEvent(moderatorSocket, 'question:new');
    const toAsker = collect(askerSocket, 'question:new');

    const question = await ask(askerSocket, consultation.id, 'Ar galiu paklausti anonimiškai?', { anonymous: true });
    expect(question).toMatchObject({ anonymous: true, author: { id: asker.user.id } });
    expect((await toPeer).question).toMatchObject({ id: question.id, anonymous: true, author: null });
    expect((await toLecturer).question.author).toMatchObject({ id: asker.user.id, displayName: 'Learner 4' });
    expect((await toModerator).question.author).toMatchObject({ id: asker.user.id });
    await waitFor(() => toAsker.length === 1);
    await pause(100);
    expect(toAsker).toHaveLength(1);
    expect(toAsker[0]!.question.author).toMatchObject({ id: asker.user.id });

    // Votes on it stay anonymous to peers too.
    const peerUpdate = nextEvent(peerSocket, 'question:updated');
    const lecturerUpdate = nextEvent(lecturerSocket, 'question:updated');
    await emitWithAck(peerSocket, 'question:vote', { questionId: question.id, up: true });
    expect((await peerUpdate).question).toMatchObject({ votes: 1, author: null });
    expect((await lecturerUpdate).question).toMatchObject({ votes: 1, author: { id: asker.user.id } });

    // And over REST and on joining.
    const api = apiClient(app.baseUrl);
    const asPeer = await api.get(`/api/rooms/${consultation.id}/questions`, { token: peer.accessToken });
    expect(asPeer.body.items[0]).toMatchObject({ author: null, myVote: true });
    const asLecturer = await api.get(`/api/rooms/${consultation.id}/questions`, { token: lecturer.accessToken });
    expect(asLecturer.body.items[0].author).toMatchObject({ id: asker.user.id });
    const rejoin = await pool.joined(crowd[5]!, consultation.id);
    expect(rejoin.questions[0]).toMatchObject({ id: question.id, author: null });
  });

  it('with pre-moderation, shows a pending question only to its author and presenters until approved', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken, { moderation: 'pre' });
    const [asker, peer] = [crowd[6]!, crowd[7]!];
    const { socket: askerSocket } = await pool.joined(asker, consultation.id);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const peerNew = collect(peerSocket, 'question:new');
    const peerUpdated = collect(peerSocket, 'question:updated');
    const lecturerNew = nextEvent(lecturerSocket, 'question:new');

    const question = await ask(askerSocket, consultation.id, 'Ar šis klausimas bus patvirtintas?');
    expect(question.status).toBe('pending');
    expect((await lecturerNew).question).toMatchObject({ id: question.id, status: 'pending' });

    const api = apiClient(app.baseUrl);
    const list = (person: SignedInPerson) =>
      api.get<{ items: Question[] }>(`/api/rooms/${consultation.id}/questions`, { token: person.accessToken });
    expect((await list(peer)).body.items).toEqual([]);
    expect((await list(asker)).body.items.map((item) => item.id)).toEqual([question.id]);
    expect((await list(lecturer)).body.items.map((item) => item.id)).toEqual([question.id]);
    expect((await pool.joined(crowd[8]!, consultation.id)).questions).toEqual([]);
    // A peer can neither see nor vote on it.
    expect(await emitWithAck(peerSocket, 'question:vote', { questionId: question.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // Nor can its author, until approved.
    expect(await emitWithAck(askerSocket, 'question:vote', { questionId: question.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // The lecturer's own questions need no approval.
    const lecturerQuestion = await ask(lecturerSocket, consultation.id, 'Lektoriaus klausimas');
    expect(lecturerQuestion.status).toBe('open');
    await waitFor(() => peerNew.length === 1);
    expect(peerNew[0]!.question.id).toBe(lecturerQuestion.id);

    const lecturerUpdated = collect(lecturerSocket, 'question:updated');
    const askerUpdated = collect(askerSocket, 'question:updated');
    const askerNew = collect(askerSocket, 'question:new');
    const approved = await emitWithAck(lecturerSocket, 'question:update', { questionId: question.id, status: 'open' });
    expect(approved).toMatchObject({ ok: true, data: { question: { status: 'open', version: 2 } } });
    await waitFor(() => peerNew.length === 2);
    expect(peerNew[1]!.question).toMatchObject({ id: question.id, status: 'open', version: 2 });
    // The lecturer and the asker already had it: for them the approval is an update, as for any question:update.
    await waitFor(() => lecturerUpdated.length === 1 && askerUpdated.length === 1);
    expect(lecturerUpdated[0]!.question).toMatchObject({ id: question.id, status: 'open', version: 2 });
    expect(askerUpdated[0]!.question).toMatchObject({ id: question.id, status: 'open', version: 2 });
    expect((await list(peer)).body.items.map((item) => item.id).sort()).toEqual(
      [question.id, lecturerQuestion.id].sort(),
    );
    await pause(100);
    expect(peerUpdated).toEqual([]);
    expect(askerNew).toEqual([]);
  });

  it('keeps a pending question that is dismissed from peers', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken, { moderation: 'pre' });
    const [asker, peer] = [crowd[9]!, crowd[10]!];
    const { socket: askerSocket } = await pool.joined(asker, consultation.id);
    const { socket: peerSocket } = await pool.joined(peer, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const peerNew = collect(peerSocket, 'question:new');
    const peerUpdated = collect(peerSocket, 'question:updated');
    const askerUpdates = collect(askerSocket, 'question:updated');

    const question = await ask(askerSocket, consultation.id, 'Netinkamas klausimas');
    await emitWithAck(lecturerSocket, 'question:update', { questionId: question.id, status: 'dismissed' });
    await waitFor(() => askerUpdates.length === 1);
    expect(askerUpdates[0]!.question.status).toBe('dismissed');
    await pause(100);
    expect([...peerNew, ...peerUpdated]).toEqual([]);
    const asPeer = await apiClient(app.baseUrl).get(`/api/rooms/${consultation.id}/questions`, {
      token: peer.accessToken,
    });
    expect(asPeer.body.items).toEqual([]);
  });

  it('sorts by votes or by time, with answered and dismissed ones after open ones', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const people = crowd.slice(11, 15);
    const sockets = await Promise.all(people.map((person) => pool.joined(person, consultation.id)));
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const asked: Question[] = [];
    for (const [index, body] of ['pirmas', 'antras', 'trečias', 'ketvirtas', 'penktas'].entries()) {
      asked.push(await ask(sockets[index % sockets.length]!.socket, consultation.id, body));
    }
    const [first, second, third, fourth, fifth] = asked.map((question) => question.id) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const vote = (voters: number, questionId: string) =>
      Promise.all(
        sockets.slice(0, voters).map(({ socket }) => emitWithAck(socket, 'question:vote', { questionId, up: true })),
      );
    await vote(3, second);
    await vote(1, third);
    await vote(4, fourth);
    await vote(2, fifth);
    await emitWithAck(lecturerSocket, 'question:answer', { questionId: fourth, body: 'Atsakyta' });
    await emitWithAck(lecturerSocket, 'question:update', { questionId: first, pinned: true });
    await emitWithAck(lecturerSocket, 'question:update', { questionId: fifth, status: 'dismissed' });

    const api = apiClient(app.baseUrl);
    const order = async (sort?: string) =>
      (
        await api.get<{ items: Question[] }>(`/api/rooms/${consultation.id}/questions${sort ? `?sort=${sort}` : ''}`, {
          token: people[0]!.accessToken,
        })
      ).body.items.map((question) => question.id);
    expect(await order('top')).toEqual([first, second, third, fourth, fifth]);
    expect(await order()).toEqual([first, second, third, fourth, fifth]);
    expect(await order('new')).toEqual([third, second, first, fourth, fifth]);

    const page = await api.get(`/api/rooms/${consultation.id}/questions?sort=top&limit=2`, {
      token: people[0]!.accessToken,
    });
    expect(page.body.items.map((question: Question) => question.id)).toEqual([first, second]);
    const next = await api.get(
      `/api/rooms/${consultation.id}/questions?sort=top&limit=2&cursor=${page.body.nextCursor}`,
      {
        token: people[0]!.accessToken,
      },
    );
    expect(next.body.items.map((question: Question) => question.id)).toEqual([third, fourth]);
  });

  it('stores a resent question once, numbers questions without gaps, and refuses bad input with VALIDATION_FAILED', async () => {
    const consultation: Consultation = await createConsultation(app, lecturer.accessToken);
    const learner = crowd[15]!;
    const { socket } = await pool.joined(learner, consultation.id);
    const received = collect((await pool.joined(crowd[16]!, consultation.id)).socket, 'question:new');
    const clientMsgId = randomUUID();
    const first = await ask(socket, consultation.id, 'Vienas kartas', { clientMsgId });
    const again = await ask(socket, consultation.id, 'Vienas kartas', { clientMsgId });
    expect(again).toMatchObject({ id: first.id, seq: 1 });
    const next = await ask(socket, consultation.id, 'Kitas');
    expect(next.seq).toBe(2);
    await pause(200);
    expect(received.map((event) => event.question.seq)).toEqual([1, 2]);

    for (const payload of [
      { roomId: consultation.id, body: '   ', clientMsgId: randomUUID() },
      { roomId: consultation.id, body: 'x'.repeat(4001), clientMsgId: randomUUID() },
      { roomId: consultation.id, body: 'be id' },
      { roomId: 'not-a-uuid', body: 'kur?', clientMsgId: randomUUID() },
      { roomId: consultation.id, body: 'kas?', clientMsgId: randomUUID(), anonymous: 'yes' },
    ]) {
      expect(await emitWithAck(socket, 'question:ask', payload as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    for (const [event, payload] of [
      ['question:vote', { questionId: first.id }],
      ['question:vote', { questionId: 'nope', up: true }],
      ['question:answer', { questionId: first.id, body: '' }],
      ['question:update', { questionId: first.id }],
      ['question:update', { questionId: first.id, status: 'pending' }],
      ['question:update', { questionId: first.id, pinned: 'yes' }],
    ] as const) {
      expect(await emitWithAck(lecturerSocket, event, payload as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    expect(await emitWithAck(socket, 'question:vote', { questionId: randomUUID(), up: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const badSort = await apiClient(app.baseUrl).get(`/api/rooms/${consultation.id}/questions?sort=best`, {
      token: learner.accessToken,
    });
    expect(badSort).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(await storedQuestionCount(consultation.id)).toBe(2);
  });

  it('gives other rooms no questions, over REST and on joining', async () => {
    const person = await registerPerson(app.baseUrl, 'Kanalo narys');
    const channel = await createRoom(app, [person.user.id]);
    const response = await apiClient(app.baseUrl).get(`/api/rooms/${channel.id}/questions`, {
      token: person.accessToken,
    });
    expect(response.body).toEqual({ items: [], nextCursor: null });
    expect((await pool.joined(person, channel.id)).questions).toEqual([]);
    const { socket } = await pool.joined(person, channel.id);
    expect(
      await emitWithAck(socket, 'question:ask', { roomId: channel.id, body: 'Čia?', clientMsgId: randomUUID() }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  const storedQuestionCount = async (roomId: string) => {
    const [row] = (await app.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM questions WHERE room_id = $1`, [roomId])) as { count: number }[];
    return row?.count;
  };
});
