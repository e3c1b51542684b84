/**
 * Assignments end to end, on both queue backends (the hand-in's events go
 * through the real Notifier onto PostgreSQL- or Redis-backed queues): who may
 * hand in and review, resubmission after "revise", uploads checked by content
 * and size (nothing kept when refused), the review queue, and the events
 * handed to the Notifier.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Assignment, ProgrammeDetail, ReviewQueueItem, Submission } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import type { NotificationEvent } from '../src/notifications/notifier';
import { registerPerson, SignedInPerson } from './support/accounts';
import { SAMPLE_FILES, WRONG_FILES } from './support/files';
import { apiClient } from './support/http';
import { describeOnQueueBackends } from './support/notifications';
import {
  addModule,
  createAssignment,
  createProgramme,
  enrol,
  recordNotifications,
  registerLecturer,
  signInAdmin,
  submitMultipart,
  submitText,
  TEST_ADMIN,
} from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('assignments: submissions and reviews', (backend) => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let adminToken: string;
  let lecturer: SignedInPerson;
  let coLecturer: SignedInPerson;
  let outsider: SignedInPerson;
  let programme: ProgrammeDetail;
  let moduleId: string;
  let notified: NotificationEvent[];

  const newAssignment = (title = 'Partnerystės žemėlapis') =>
    createAssignment(app, lecturer.accessToken, moduleId, {
      title: { lt: title, en: 'Partnership map' },
      instructions: { lt: 'Nubraižykite', en: 'Draw it' },
    });
  const enrolledLearner = async (name: string) => {
    const person = await registerPerson(app.baseUrl, name);
    await enrol(app, person.accessToken, programme.id);
    return person;
  };
  const db = () => app.app.get(DataSource);
  const storedCounts = async () => {
    const [row] = (await db().query(
      `SELECT (SELECT count(*)::int FROM stored_files) AS files, (SELECT count(*)::int FROM submissions) AS submissions`,
    )) as { files: number; submissions: number }[];
    const directory = path.join(app.config.dataDir, 'uploads');
    return { ...row!, onDisk: existsSync(directory) ? readdirSync(directory).length : 0 };
  };

  beforeAll(async () => {
    app = await startTestApp({
      label: `assignments${backend.name}`,
      redis: backend.redis,
      config: { admin: TEST_ADMIN },
    });
    api = apiClient(app.baseUrl);
    adminToken = await signInAdmin(app);
    [lecturer, coLecturer, outsider] = await Promise.all([
      registerLecturer(app, adminToken, 'Aistė Lecturer'),
      registerLecturer(app, adminToken, 'Ingrid Co-lecturer'),
      registerLecturer(app, adminToken, 'Outside Lecturer'),
    ]);
    programme = await createProgramme(app, lecturer.accessToken, { title: { lt: 'Klasterystė', en: 'Clustering' } });
    await api.post(`/api/programmes/${programme.id}/lecturers`, { userId: coLecturer.user.id }, { token: adminToken });
    moduleId = (
      await addModule(app, lecturer.accessToken, programme.id, { title: { lt: 'Partnerystė', en: 'Partnership' } })
    ).id;
    notified = recordNotifications(app);
  });
  beforeEach(() => notified.splice(0));
  afterAll(() => app.close());

  describe('setting assignments', () => {
    it('lets a lecturer of the programme set one, with a due time, and shows it in the module', async () => {
      const response = await api.post<Assignment>(
        `/api/modules/${moduleId}/assignments`,
        {
          title: { lt: 'Esė', en: 'Essay' },
          instructions: { lt: '**Parašykite**', en: '**Write**' },
          dueAt: '2031-03-01T16:00:00Z',
        },
        { token: coLecturer.accessToken },
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        moduleId,
        programmeId: programme.id,
        dueAt: '2031-03-01T16:00:00.000Z',
        instructions: { html: { en: '<p><strong>Write</strong></p>' } },
      });
      const read = await api.get(`/api/assignments/${response.body.id}`, { token: outsider.accessToken });
      expect(read.body.id).toBe(response.body.id);
      const detail = await api.get<ProgrammeDetail>(`/api/programmes/${programme.id}`, { token: outsider.accessToken });
      expect(detail.body.modules[0]!.assignments.map((assignment) => assignment.id)).toContain(response.body.id);
    });

    it('refuses learners, lecturers of other programmes and bad input', async () => {
      const learner = await registerPerson(app.baseUrl, 'Learner Setter');
      const body = { title: { en: 'x' }, instructions: { en: 'y' } };
      expect(
        (await api.post(`/api/modules/${moduleId}/assignments`, body, { token: learner.accessToken })).status,
      ).toBe(403);
      expect(
        (await api.post(`/api/modules/${moduleId}/assignments`, body, { token: outsider.accessToken })).status,
      ).toBe(403);
      for (const dueAt of ['next friday', '2031-03-01', '2031-03-01T16:00:00', '2031-02-30T16:00:00Z']) {
        const badDue = await api.post(
          `/api/modules/${moduleId}/assignments`,
          { ...body, dueAt },
          { token: lecturer.accessToken },
        );
        expect(badDue.status).toBe(400);
        expect(badDue.body.details[0].field).toBe('dueAt');
      }
    });
  });

  describe('handing in', () => {
    it('refuses a learner who is not enrolled with 403 and keeps nothing', async () => {
      const assignment = await newAssignment();
      const stranger = await registerPerson(app.baseUrl, 'Not Enrolled');
      const before = await storedCounts();
      const text = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: 'Mano darbas' },
        { token: stranger.accessToken },
      );
      expect(text.status).toBe(403);
      expect(text.body.code).toBe('FORBIDDEN');
      const withFile = await submitMultipart(app, stranger.accessToken, assignment.id, {
        body: 'Mano darbas',
        file: { name: 'darbas.pdf', bytes: SAMPLE_FILES.pdf },
      });
      expect(withFile.status).toBe(403);
      const byLecturer = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: 'x' },
        { token: lecturer.accessToken },
      );
      expect(byLecturer.status).toBe(403);
      expect(await storedCounts()).toEqual(before);
      expect(notified).toEqual([]);
    });

    it('takes a text hand-in from an enrolled learner and tells each lecturer of the programme once', async () => {
      const assignment = await newAssignment('Žemėlapis');
      const learner = await enrolledLearner('Rasa Jonaitienė');
      const response = await api.post<Submission>(
        `/api/assignments/${assignment.id}/submissions`,
        { body: '  Mūsų partneriai: biblioteka, seniūnija.  ' },
        { token: learner.accessToken },
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        status: 'submitted',
        attempt: 1,
        body: 'Mūsų partneriai: biblioteka, seniūnija.',
        file: null,
        late: false,
        review: null,
        learner: { id: learner.user.id, displayName: 'Rasa Jonaitienė' },
      });
      const id = response.body.id;
      expect(notified.map((event) => event.key).sort()).toEqual(
        [`submission-made:${id}:${lecturer.user.id}`, `submission-made:${id}:${coLecturer.user.id}`].sort(),
      );
      expect(notified[0]).toMatchObject({
        kind: 'submission_made',
        link: `/submissions/${id}`,
        params: {
          learnerName: 'Rasa Jonaitienė',
          'assignmentTitle.lt': 'Žemėlapis',
          'assignmentTitle.en': 'Partnership map',
          'moduleTitle.en': 'Partnership',
        },
      });
    });

    it('refuses an empty hand-in and says which field', async () => {
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Empty Hander');
      const response = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: '   ' },
        { token: learner.accessToken },
      );
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
      const unknownField = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: 'x', grade: 10 },
        { token: learner.accessToken },
      );
      expect(unknownField.status).toBe(400);
    });
  });

  describe('reviewing and resubmitting', () => {
    it('allows a new hand-in only after "revise", and none after "passed"', async () => {
      const assignment = await newAssignment('Esė');
      const learner = await enrolledLearner('Tomas Kazlauskas');
      const first = await submitText(app, learner.accessToken, assignment.id, 'Pirmas bandymas');

      const again = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: 'Dar kartą' },
        { token: learner.accessToken },
      );
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CONFLICT');

      const byLearner = await api.post(
        `/api/submissions/${first.id}/review`,
        { verdict: 'passed', feedback: '' },
        { token: learner.accessToken },
      );
      expect(byLearner.status).toBe(403);
      const byOutsider = await api.post(
        `/api/submissions/${first.id}/review`,
        { verdict: 'passed', feedback: '' },
        { token: outsider.accessToken },
      );
      expect(byOutsider.status).toBe(403);
      const noFeedback = await api.post(
        `/api/submissions/${first.id}/review`,
        { verdict: 'revise', feedback: ' ' },
        { token: lecturer.accessToken },
      );
      expect(noFeedback.status).toBe(400);
      const badVerdict = await api.post(
        `/api/submissions/${first.id}/review`,
        { verdict: 'great', feedback: 'x' },
        { token: lecturer.accessToken },
      );
      expect(badVerdict.status).toBe(400);
      notified.splice(0);

      const revise = await api.post<Submission>(
        `/api/submissions/${first.id}/review`,
        { verdict: 'revise', feedback: 'Trūksta verslo partnerių.' },
        { token: lecturer.accessToken },
      );
      expect(revise.status).toBe(200);
      expect(revise.body).toMatchObject({
        id: first.id,
        status: 'revise',
        review: { verdict: 'revise', feedback: 'Trūksta verslo partnerių.', reviewer: { id: lecturer.user.id } },
      });
      expect(notified).toEqual([
        {
          key: `review-given:${revise.body.review!.id}`,
          recipientId: learner.user.id,
          kind: 'review_given',
          params: {
            reviewerName: 'Aistė Lecturer',
            'assignmentTitle.lt': 'Esė',
            'assignmentTitle.en': 'Partnership map',
            verdict: 'revise',
          },
          link: `/submissions/${first.id}`,
        },
      ]);
      const twice = await api.post(
        `/api/submissions/${first.id}/review`,
        { verdict: 'passed', feedback: '' },
        { token: coLecturer.accessToken },
      );
      expect(twice.status).toBe(409);

      const second = await submitText(app, learner.accessToken, assignment.id, 'Antras bandymas');
      expect(second.attempt).toBe(2);
      const passed = await api.post(
        `/api/submissions/${second.id}/review`,
        { verdict: 'passed', feedback: 'Puiku' },
        { token: coLecturer.accessToken },
      );
      expect(passed.body.status).toBe('passed');
      const third = await api.post(
        `/api/assignments/${assignment.id}/submissions`,
        { body: 'Trečias' },
        { token: learner.accessToken },
      );
      expect(third.status).toBe(409);

      const history = await api.get<{ items: Submission[] }>(`/api/assignments/${assignment.id}/submissions`, {
        token: learner.accessToken,
      });
      expect(history.body.items.map((item) => [item.attempt, item.status, item.review?.verdict])).toEqual([
        [1, 'revise', 'revise'],
        [2, 'passed', 'passed'],
      ]);
    });

    it('keeps one hand-in and one review when requests race', async () => {
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Racer');
      const hands = await Promise.all(
        [1, 2, 3].map((index) =>
          api.post<Submission>(
            `/api/assignments/${assignment.id}/submissions`,
            { body: `Bandymas ${index}` },
            { token: learner.accessToken },
          ),
        ),
      );
      expect(hands.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      const handedIn = hands.find((response) => response.status === 201)!.body;
      const reviews = await Promise.all(
        [lecturer, coLecturer].map((person) =>
          api.post(
            `/api/submissions/${handedIn.id}/review`,
            { verdict: 'revise', feedback: 'Daugiau' },
            { token: person.accessToken },
          ),
        ),
      );
      expect(reviews.map((response) => response.status).sort()).toEqual([200, 409]);
      const [row] = await db().query(`SELECT count(*)::int AS reviews FROM reviews WHERE submission_id = $1`, [
        handedIn.id,
      ]);
      expect(row.reviews).toBe(1);
    });

    it('marks a hand-in after the due time as late', async () => {
      const assignment = await createAssignment(app, lecturer.accessToken, moduleId, { dueAt: '2020-01-01T00:00:00Z' });
      const learner = await enrolledLearner('Late Comer');
      const submission = await submitText(app, learner.accessToken, assignment.id, 'Vėluoju');
      expect(submission.late).toBe(true);
    });

    it('shows lecturers every submission and learners only their own', async () => {
      const assignment = await newAssignment();
      const [one, two] = await Promise.all([enrolledLearner('One'), enrolledLearner('Two')]);
      const mine = await submitText(app, one.accessToken, assignment.id, 'Vienas');
      const theirs = await submitText(app, two.accessToken, assignment.id, 'Du');

      const forLecturer = await api.get(`/api/assignments/${assignment.id}/submissions`, {
        token: coLecturer.accessToken,
      });
      expect(forLecturer.body.items.map((item: Submission) => item.id)).toEqual([mine.id, theirs.id]);
      const forLearner = await api.get(`/api/assignments/${assignment.id}/submissions`, { token: one.accessToken });
      expect(forLearner.body.items.map((item: Submission) => item.id)).toEqual([mine.id]);
      expect(
        (await api.get(`/api/assignments/${assignment.id}/submissions`, { token: outsider.accessToken })).status,
      ).toBe(403);

      expect((await api.get(`/api/submissions/${mine.id}`, { token: one.accessToken })).status).toBe(200);
      expect((await api.get(`/api/submissions/${mine.id}`, { token: lecturer.accessToken })).status).toBe(200);
      expect((await api.get(`/api/submissions/${mine.id}`, { token: two.accessToken })).status).toBe(404);
    });
  });

  describe('files', () => {
    it.each([
      ['darbas.pdf', 'pdf', 'application/pdf'],
      ['nuotrauka.png', 'png', 'image/png'],
      ['scan.jpg', 'jpeg', 'image/jpeg'],
      ['Užduotis.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['essay.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    ] as const)(
      'accepts %s, keeps it under DATA_DIR and serves it back to the learner and lecturers',
      async (name, kind, mediaType) => {
        const assignment = await newAssignment();
        const learner = await enrolledLearner('File Sender');
        const before = await storedCounts();
        const response = await submitMultipart(app, learner.accessToken, assignment.id, {
          file: { name, bytes: SAMPLE_FILES[kind], type: 'application/octet-stream' },
        });
        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({
          status: 'submitted',
          body: '',
          file: { name, mediaType, sizeBytes: SAMPLE_FILES[kind].length },
        });
        expect(await storedCounts()).toEqual({
          files: before.files + 1,
          submissions: before.submissions + 1,
          onDisk: before.onDisk + 1,
        });

        for (const token of [learner.accessToken, lecturer.accessToken]) {
          const download = await fetch(`${app.baseUrl}/api/submissions/${response.body.id}/file`, {
            headers: { authorization: `Bearer ${token}` },
          });
          expect(download.status).toBe(200);
          expect(download.headers.get('content-type')).toBe(mediaType);
          expect(download.headers.get('x-content-type-options')).toBe('nosniff');
          expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
          expect(Buffer.from(await download.arrayBuffer()).equals(SAMPLE_FILES[kind])).toBe(true);
        }
        const stranger = await registerPerson(app.baseUrl, 'Peeker');
        const peek = await fetch(`${app.baseUrl}/api/submissions/${response.body.id}/file`, {
          headers: { authorization: `Bearer ${stranger.accessToken}` },
        });
        expect(peek.status).toBe(404);
      },
    );

    it('takes text and a file together', async () => {
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Both');
      const response = await submitMultipart(app, learner.accessToken, assignment.id, {
        body: 'Pridedu PDF',
        file: { name: 'a.pdf', bytes: SAMPLE_FILES.pdf, type: 'application/pdf' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ body: 'Pridedu PDF', file: { mediaType: 'application/pdf' } });
    });

    it.each([
      ['program.exe', WRONG_FILES.exe, 'application/pdf'],
      ['page.png', WRONG_FILES.html, 'image/png'],
      ['notes.pdf', WRONG_FILES.text, 'application/pdf'],
      ['archive.docx', WRONG_FILES.zip, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['macro.docx', WRONG_FILES.docm, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['empty.pdf', Buffer.alloc(0), 'application/pdf'],
    ])('refuses %s (wrong type by content) with 400 and keeps nothing', async (name, bytes, type) => {
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Wrong Type');
      const before = await storedCounts();
      const response = await submitMultipart(app, learner.accessToken, assignment.id, {
        body: 'Žr. priedą',
        file: { name, bytes, type },
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'file' }] });
      expect(await storedCounts()).toEqual(before);
      expect(notified).toEqual([]);
      // Nothing was handed in, so a good hand-in still goes through.
      expect(
        (
          await api.post(
            `/api/assignments/${assignment.id}/submissions`,
            { body: 'Tekstu' },
            { token: learner.accessToken },
          )
        ).status,
      ).toBe(201);
    });

    it('refuses a file over the limit with 413 and keeps nothing; one at the limit is taken', async () => {
      expect(app.config.uploadMaxBytes).toBe(10 * 1024 * 1024);
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Big Sender');
      const before = await storedCounts();
      const tooBig = Buffer.concat([
        SAMPLE_FILES.pdf,
        Buffer.alloc(app.config.uploadMaxBytes + 1 - SAMPLE_FILES.pdf.length),
      ]);
      const response = await submitMultipart(app, learner.accessToken, assignment.id, {
        body: 'Didelis',
        file: { name: 'big.pdf', bytes: tooBig },
      });
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await storedCounts()).toEqual(before);

      const atLimit = tooBig.subarray(0, app.config.uploadMaxBytes);
      const accepted = await submitMultipart(app, learner.accessToken, assignment.id, {
        file: { name: 'limit.pdf', bytes: atLimit },
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.file.sizeBytes).toBe(app.config.uploadMaxBytes);
    });

    it('refuses a file sent under another field name, and keeps nothing', async () => {
      const assignment = await newAssignment();
      const learner = await enrolledLearner('Wrong Field');
      const before = await storedCounts();
      const response = await submitMultipart(app, learner.accessToken, assignment.id, {
        body: 'x',
        file: { name: 'a.pdf', bytes: SAMPLE_FILES.pdf },
        fileField: 'attachment',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(await storedCounts()).toEqual(before);
    });
  });

  describe('the review queue', () => {
    it('lists waiting submissions of the lecturer’s programmes, oldest first, filtered and paged', async () => {
      const otherProgramme = await createProgramme(app, outsider.accessToken, { title: { lt: 'Kita', en: 'Other' } });
      await api.post(
        `/api/programmes/${otherProgramme.id}/lecturers`,
        { userId: lecturer.user.id },
        { token: adminToken },
      );
      const otherModule = await addModule(app, outsider.accessToken, otherProgramme.id);
      const otherAssignment = await createAssignment(app, outsider.accessToken, otherModule.id);
      const assignment = await newAssignment('Eilė');
      const [early, middle, late] = await Promise.all([
        enrolledLearner('Early'),
        enrolledLearner('Middle'),
        enrolledLearner('Late'),
      ]);
      await enrol(app, middle.accessToken, otherProgramme.id);

      // Earlier submissions of this file may wait too: compare only what this test made, in order.
      const a = await submitText(app, early.accessToken, assignment.id, 'A');
      const b = await submitText(app, middle.accessToken, otherAssignment.id, 'B');
      const c = await submitText(app, late.accessToken, assignment.id, 'C');
      const d = await submitText(app, middle.accessToken, assignment.id, 'D');
      const mine = new Set([a.id, b.id, c.id, d.id]);
      const queueOf = async (token: string, query = '') => {
        const response = await api.get<{ items: ReviewQueueItem[]; nextCursor: string | null }>(
          `/api/reviews/queue${query}`,
          { token },
        );
        expect(response.status).toBe(200);
        return response.body;
      };
      const ids = (items: ReviewQueueItem[]) => items.map((item) => item.submission.id).filter((id) => mine.has(id));

      const all = await queueOf(lecturer.accessToken);
      expect(ids(all.items)).toEqual([a.id, b.id, c.id, d.id]);
      const item = all.items.find((entry) => entry.submission.id === b.id)!;
      expect(item).toMatchObject({
        programme: { id: otherProgramme.id, title: { en: 'Other' } },
        module: { id: otherModule.id },
        assignment: { id: otherAssignment.id },
        submission: { learner: { displayName: 'Middle' }, status: 'submitted' },
      });
      const waiting = all.items.map((entry) => entry.submission.submittedAt);
      expect([...waiting].sort()).toEqual(waiting);

      expect(ids((await queueOf(lecturer.accessToken, `?programmeId=${otherProgramme.id}`)).items)).toEqual([b.id]);
      expect(ids((await queueOf(lecturer.accessToken, `?programmeId=${programme.id}`)).items)).toEqual([
        a.id,
        c.id,
        d.id,
      ]);
      // The co-lecturer teaches only the first programme; the outsider only the other one.
      expect(ids((await queueOf(coLecturer.accessToken)).items)).toEqual([a.id, c.id, d.id]);
      expect(ids((await queueOf(outsider.accessToken)).items)).toEqual([b.id]);
      expect(
        (await api.get(`/api/reviews/queue?programmeId=${otherProgramme.id}`, { token: coLecturer.accessToken }))
          .status,
      ).toBe(403);
      expect((await api.get('/api/reviews/queue', { token: early.accessToken })).status).toBe(403);
      expect((await api.get('/api/reviews/queue?programmeId=nope', { token: lecturer.accessToken })).status).toBe(400);
      expect((await api.get('/api/reviews/queue?cursor=nope', { token: lecturer.accessToken })).status).toBe(400);
      // An admin sees every programme's queue.
      expect(ids((await queueOf(adminToken)).items)).toEqual([a.id, b.id, c.id, d.id]);

      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: ReviewQueueItem[]; nextCursor: string | null } = await queueOf(
          lecturer.accessToken,
          `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(2);
        paged.push(...page.items.map((entry) => entry.submission.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all.items.map((entry) => entry.submission.id));

      await api.post(
        `/api/submissions/${c.id}/review`,
        { verdict: 'passed', feedback: '' },
        { token: lecturer.accessToken },
      );
      expect(ids((await queueOf(lecturer.accessToken)).items)).toEqual([a.id, b.id, d.id]);
    });
  });
});
