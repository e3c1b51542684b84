/**
 * Consultation sessions: who may hold one, who may join one tied to a module,
 * scheduled → live → ended (by hand or when the time comes), what stays
 * readable and what closes after the end, and the lists.
 */
import { randomUUID } from 'node:crypto';

import type { Consultation, ProgrammeDetail, ProgrammeModule } from '@klasteris/contracts';

import { registerPerson, SignedInPerson } from './support/accounts';
import { ask, createConsultation, registerModerator, socketPool } from './support/consultations';
import { apiClient } from './support/http';
import { emitWithAck, nextEvent, pause } from './support/live-client';
import { addModule, createProgramme, enrol, registerLecturer, signInAdmin, TEST_ADMIN } from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describe('consultation sessions', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let adminToken: string;
  let lecturer: SignedInPerson;
  let otherLecturer: SignedInPerson;
  let moderator: SignedInPerson;
  let enrolled: SignedInPerson;
  let outsider: SignedInPerson;
  let programme: ProgrammeDetail;
  let module: ProgrammeModule;
  const pool = socketPool(() => app);

  beforeAll(async () => {
    app = await startTestApp({ label: 'consults', config: { admin: TEST_ADMIN } });
    api = apiClient(app.baseUrl);
    adminToken = await signInAdmin(app);
    [lecturer, otherLecturer, moderator, enrolled, outsider] = await Promise.all([
      registerLecturer(app, adminToken, 'Aistė Lecturer'),
      registerLecturer(app, adminToken, 'Ingrid Lecturer'),
      registerModerator(app, adminToken, 'Mantas Moderator'),
      registerPerson(app.baseUrl, 'Rasa Enrolled'),
      registerPerson(app.baseUrl, 'Olga Outsider'),
    ]);
    programme = await createProgramme(app, lecturer.accessToken, {
      title: { lt: 'Socialinė partnerystė', en: 'Social partnership' },
    });
    module = await addModule(app, lecturer.accessToken, programme.id, {
      title: { lt: 'Partnerystės pagrindai', en: 'Partnership basics' },
      position: 1,
    });
    await enrol(app, enrolled.accessToken, programme.id);
  });
  afterEach(() => pool.closeAll());
  afterAll(() => app.close());

  describe('holding one', () => {
    it('lets a lecturer create one, live at once without a start time, open to everyone signed in', async () => {
      const created = await createConsultation(app, lecturer.accessToken, { title: '  Atviros durys · Open door  ' });
      expect(created).toMatchObject({
        kind: 'consultation',
        name: 'Atviros durys · Open door',
        title: 'Atviros durys · Open door',
        moduleId: null,
        moduleTitle: null,
        lecturer: { id: lecturer.user.id, displayName: 'Aistė Lecturer' },
        startsAt: null,
        endedAt: null,
        state: 'live',
        moderation: 'post',
        canPresent: true,
        openQuestions: 0,
        locked: false,
        lastSeq: 0,
      });
      expect(created.startedAt).not.toBeNull();
      const asOutsider = await api.get<Consultation>(`/api/consultations/${created.id}`, {
        token: outsider.accessToken,
      });
      expect(asOutsider.body).toMatchObject({ id: created.id, state: 'live', canPresent: false });
      // The room's id is the consultation's, and the chat works in it.
      const { socket } = await pool.joined(outsider, created.id);
      expect(
        await emitWithAck(socket, 'message:send', { roomId: created.id, body: 'Labas', clientMsgId: randomUUID() }),
      ).toMatchObject({ ok: true, data: { message: { seq: 1 } } });
    });

    it('refuses learners and moderators (403), lecturers for a module they do not teach (403), and bad input (400)', async () => {
      const body = { title: 'Q&A', moderation: 'post' };
      expect(await api.post('/api/consultations', body, { token: enrolled.accessToken })).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN' },
      });
      expect(await api.post('/api/consultations', body, { token: moderator.accessToken })).toMatchObject({
        status: 403,
      });
      expect(
        await api.post('/api/consultations', { ...body, moduleId: module.id }, { token: otherLecturer.accessToken }),
      ).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(
        await api.post('/api/consultations', { ...body, moduleId: randomUUID() }, { token: lecturer.accessToken }),
      ).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
      for (const bad of [
        { moderation: 'post' },
        { title: '   ', moderation: 'post' },
        { title: 'x'.repeat(201), moderation: 'post' },
        { title: 'Q&A' },
        { title: 'Q&A', moderation: 'sometimes' },
        { title: 'Q&A', moderation: 'post', startsAt: '2026-03-01' },
        { title: 'Q&A', moderation: 'post', startsAt: 'tomorrow' },
        { title: 'Q&A', moderation: 'post', moduleId: 'module-1' },
        { title: 'Q&A', moderation: 'post', extra: true },
      ]) {
        const response = await api.post('/api/consultations', bad, { token: lecturer.accessToken });
        expect(response).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      }
      expect(await api.get('/api/consultations?state=over', { token: lecturer.accessToken })).toMatchObject({
        status: 400,
      });
      expect(await api.get('/api/consultations/not-an-id', { token: lecturer.accessToken })).toMatchObject({
        status: 400,
      });
      // An admin holds one for any module.
      expect(
        await api.post('/api/consultations', { ...body, moduleId: module.id }, { token: adminToken }),
      ).toMatchObject({ status: 201, body: { moduleId: module.id, canPresent: true } });
    });
  });

  describe('tied to a module', () => {
    let consultation: Consultation;
    beforeAll(async () => {
      consultation = await createConsultation(app, lecturer.accessToken, {
        title: 'Modulio konsultacija',
        moduleId: module.id,
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
    });

    it('is for the module’s enrolled learners and lecturers; others cannot join, see or list it', async () => {
      expect(consultation).toMatchObject({
        moduleId: module.id,
        moduleTitle: { lt: 'Partnerystės pagrindai', en: 'Partnership basics' },
        state: 'scheduled',
        startedAt: null,
      });

      const outsiderSocket = await pool.connect(outsider);
      expect(await emitWithAck(outsiderSocket, 'room:join', { roomId: consultation.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(
        await emitWithAck(outsiderSocket, 'question:ask', {
          roomId: consultation.id,
          body: 'Ar galiu?',
          clientMsgId: randomUUID(),
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await api.get(`/api/consultations/${consultation.id}`, { token: outsider.accessToken })).toMatchObject({
        status: 404,
        body: { code: 'NOT_FOUND' },
      });
      expect(await api.get(`/api/rooms/${consultation.id}/questions`, { token: outsider.accessToken })).toMatchObject({
        status: 403,
      });
      const outsiderList = await api.get<{ items: Consultation[] }>('/api/consultations', {
        token: outsider.accessToken,
      });
      expect(outsiderList.body.items.map((item) => item.id)).not.toContain(consultation.id);
      const outsiderRooms = await api.get<{ items: { id: string }[] }>('/api/rooms', { token: outsider.accessToken });
      expect(outsiderRooms.body.items.map((item) => item.id)).not.toContain(consultation.id);

      // The enrolled learner, a lecturer of the programme and a moderator may.
      const learnerList = await api.get<{ items: Consultation[] }>('/api/consultations', {
        token: enrolled.accessToken,
      });
      expect(learnerList.body.items.find((item) => item.id === consultation.id)).toMatchObject({
        canPresent: false,
      });
      const learnerRooms = await api.get<{ items: { id: string }[] }>('/api/rooms', { token: enrolled.accessToken });
      expect(learnerRooms.body.items.map((item) => item.id)).toContain(consultation.id);
      await pool.joined(enrolled, consultation.id);
      await pool.joined(moderator, consultation.id);
      // Asking before the start is allowed: questions wait for the session.
      const { socket } = await pool.joined(enrolled, consultation.id);
      expect((await ask(socket, consultation.id, 'Iš anksto: kokia tema?')).status).toBe('open');

      // Leaving the programme takes the room away.
      expect(
        (await api.delete(`/api/programmes/${programme.id}/enrolment`, { token: enrolled.accessToken })).status,
      ).toBeLessThan(300);
      expect(
        await emitWithAck(socket, 'message:send', {
          roomId: consultation.id,
          body: 'Dar čia?',
          clientMsgId: randomUUID(),
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(
        await emitWithAck(socket, 'question:ask', { roomId: consultation.id, body: 'Dar?', clientMsgId: randomUUID() }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const again = await pool.connect(enrolled);
      expect(await emitWithAck(again, 'room:join', { roomId: consultation.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      await enrol(app, enrolled.accessToken, programme.id);
    });

    it('is presented by any lecturer of the programme, who may start it; others may not', async () => {
      // Another lecturer of the programme presents too, once listed.
      expect(
        (
          await api.post(
            `/api/programmes/${programme.id}/lecturers`,
            { userId: otherLecturer.user.id },
            { token: adminToken },
          )
        ).status,
      ).toBeLessThan(300);
      const asOther = await api.get<Consultation>(`/api/consultations/${consultation.id}`, {
        token: otherLecturer.accessToken,
      });
      expect(asOther.body.canPresent).toBe(true);
      expect(
        await api.post(`/api/consultations/${consultation.id}/start`, undefined, { token: enrolled.accessToken }),
      ).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      expect(
        await api.post(`/api/consultations/${consultation.id}/start`, undefined, { token: moderator.accessToken }),
      ).toMatchObject({ status: 403 });
      expect(
        await api.post(`/api/consultations/${consultation.id}/start`, undefined, { token: outsider.accessToken }),
      ).toMatchObject({ status: 404 });

      const { socket: learnerSocket } = await pool.joined(enrolled, consultation.id);
      const { socket: otherSocket } = await pool.joined(otherLecturer, consultation.id);
      const toLearner = nextEvent(learnerSocket, 'consultation:updated');
      const toPresenter = nextEvent(otherSocket, 'consultation:updated');
      const started = await api.post<Consultation>(`/api/consultations/${consultation.id}/start`, undefined, {
        token: otherLecturer.accessToken,
      });
      expect(started).toMatchObject({ status: 200, body: { state: 'live', canPresent: true } });
      expect(started.body.startedAt).not.toBeNull();
      expect((await toLearner).consultation).toMatchObject({ id: consultation.id, state: 'live', canPresent: false });
      expect((await toPresenter).consultation).toMatchObject({ state: 'live', canPresent: true });
      // Starting again changes nothing.
      expect(
        await api.post(`/api/consultations/${consultation.id}/start`, undefined, { token: lecturer.accessToken }),
      ).toMatchObject({ status: 200, body: { state: 'live', startedAt: started.body.startedAt } });
    });
  });

  it('goes live by itself when its start time comes', async () => {
    const startsAt = new Date(Date.now() + 1500).toISOString();
    const consultation = await createConsultation(app, lecturer.accessToken, { startsAt });
    expect(consultation).toMatchObject({ state: 'scheduled', startsAt, startedAt: null });
    await pause(1700);
    const now = await api.get<Consultation>(`/api/consultations/${consultation.id}`, { token: outsider.accessToken });
    expect(now.body).toMatchObject({ state: 'live', startedAt: startsAt });
    const live = await api.get<{ items: Consultation[] }>('/api/consultations?state=live', {
      token: outsider.accessToken,
    });
    expect(live.body.items.map((item) => item.id)).toContain(consultation.id);
  });

  it('ends: stays readable with its answers, chat locked, asking and voting closed', async () => {
    const consultation = await createConsultation(app, lecturer.accessToken);
    const { socket: learnerSocket } = await pool.joined(enrolled, consultation.id);
    const { socket: lecturerSocket } = await pool.joined(lecturer, consultation.id);
    const question = await ask(learnerSocket, consultation.id, 'Ar bus įrašas?');
    const other = await ask(learnerSocket, consultation.id, 'Ar bus skaidrės?');
    await emitWithAck(lecturerSocket, 'question:answer', { questionId: question.id, body: 'Taip, bus.' });

    expect(
      await api.post(`/api/consultations/${consultation.id}/end`, undefined, { token: enrolled.accessToken }),
    ).toMatchObject({ status: 403 });
    const update = nextEvent(learnerSocket, 'consultation:updated');
    const ended = await api.post<Consultation>(`/api/consultations/${consultation.id}/end`, undefined, {
      token: lecturer.accessToken,
    });
    expect(ended).toMatchObject({ status: 200, body: { state: 'ended', locked: true } });
    expect(ended.body.endedAt).not.toBeNull();
    expect((await update).consultation).toMatchObject({ state: 'ended', locked: true, canPresent: false });

    expect(
      await emitWithAck(learnerSocket, 'question:ask', {
        roomId: consultation.id,
        body: 'Dar vienas?',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await emitWithAck(learnerSocket, 'question:vote', { questionId: other.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await emitWithAck(learnerSocket, 'message:send', {
        roomId: consultation.id,
        body: 'Ačiū!',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'ROOM_LOCKED' } });
    // Presenters may still answer afterwards.
    expect(
      await emitWithAck(lecturerSocket, 'question:answer', { questionId: other.id, body: 'Skaidrės – el. paštu.' }),
    ).toMatchObject({ ok: true, data: { question: { status: 'answered' } } });

    // Readable afterwards: the consultation, its answered questions, and joining.
    const read = await api.get<Consultation>(`/api/consultations/${consultation.id}`, { token: outsider.accessToken });
    expect(read.body).toMatchObject({ state: 'ended' });
    const questions = await api.get(`/api/rooms/${consultation.id}/questions`, { token: outsider.accessToken });
    expect(questions.body.items.map((item: { answer: string }) => item.answer).sort()).toEqual(
      ['Skaidrės – el. paštu.', 'Taip, bus.'].sort(),
    );
    const rejoin = await pool.joined(outsider, consultation.id);
    expect(rejoin.questions).toHaveLength(2);
    // Ending again changes nothing; an ended one cannot start again.
    expect(
      await api.post(`/api/consultations/${consultation.id}/end`, undefined, { token: lecturer.accessToken }),
    ).toMatchObject({ status: 200, body: { endedAt: ended.body.endedAt } });
    expect(
      await api.post(`/api/consultations/${consultation.id}/start`, undefined, { token: lecturer.accessToken }),
    ).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });

    // Listed among the ended ones, not among live and upcoming.
    const upcoming = await api.get<{ items: Consultation[] }>('/api/consultations', { token: outsider.accessToken });
    expect(upcoming.body.items.map((item) => item.id)).not.toContain(consultation.id);
    const endedList = await api.get<{ items: Consultation[] }>('/api/consultations?state=ended', {
      token: outsider.accessToken,
    });
    expect(endedList.body.items[0]).toMatchObject({ id: consultation.id, state: 'ended' });
  });

  it('lists live ones first, then upcoming by start time, paging with a cursor', async () => {
    const viewer = await registerPerson(app.baseUrl, 'Sąrašo žiūrovas');
    const later = await createConsultation(app, lecturer.accessToken, {
      title: 'Vėliau',
      startsAt: new Date(Date.now() + 7_200_000).toISOString(),
    });
    const sooner = await createConsultation(app, lecturer.accessToken, {
      title: 'Greičiau',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const live = await createConsultation(app, lecturer.accessToken, { title: 'Dabar' });
    const all = await api.get<{ items: Consultation[]; nextCursor: string | null }>('/api/consultations?limit=100', {
      token: viewer.accessToken,
    });
    const states = all.body.items.map((item) => item.state);
    expect(states.indexOf('scheduled')).toBeGreaterThan(states.lastIndexOf('live'));
    const ids = all.body.items.map((item) => item.id);
    expect(ids.indexOf(live.id)).toBeLessThan(ids.indexOf(sooner.id));
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(all.body.nextCursor).toBeNull();

    const first = await api.get<{ items: Consultation[]; nextCursor: string | null }>('/api/consultations?limit=2', {
      token: viewer.accessToken,
    });
    expect(first.body.items.map((item) => item.id)).toEqual(ids.slice(0, 2));
    const second = await api.get<{ items: Consultation[] }>(
      `/api/consultations?limit=2&cursor=${first.body.nextCursor}`,
      { token: viewer.accessToken },
    );
    expect(second.body.items.map((item) => item.id)).toEqual(ids.slice(2, 4));
    const scheduledOnly = await api.get<{ items: Consultation[] }>('/api/consultations?state=scheduled', {
      token: viewer.accessToken,
    });
    expect(scheduledOnly.body.items.every((item) => item.state === 'scheduled')).toBe(true);
  });
});
