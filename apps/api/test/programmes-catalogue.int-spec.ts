/** The catalogue: authoring, who may do what, rendering and translations, enrolment, completion and progress. */
import type { Programme, ProgrammeDetail } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import {
  addModule,
  createAssignment,
  createProgramme,
  enrol,
  registerLecturer,
  signInAdmin,
  TEST_ADMIN,
} from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describe('programmes: the catalogue', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let adminToken: string;
  let lecturer: SignedInPerson;
  let otherLecturer: SignedInPerson;
  let learner: SignedInPerson;

  beforeAll(async () => {
    app = await startTestApp({ label: 'programmes', config: { admin: TEST_ADMIN } });
    api = apiClient(app.baseUrl);
    adminToken = await signInAdmin(app);
    [lecturer, otherLecturer, learner] = await Promise.all([
      registerLecturer(app, adminToken, 'Aistė Lecturer'),
      registerLecturer(app, adminToken, 'Ingrid Lecturer'),
      registerPerson(app.baseUrl, 'Rasa Learner'),
    ]);
  });
  afterAll(() => app.close());

  const detail = async (token: string, programmeId: string) =>
    (await api.get<ProgrammeDetail>(`/api/programmes/${programmeId}`, { token })).body;

  describe('authoring', () => {
    it('lets a lecturer create a programme they then teach, and add modules in order', async () => {
      const programme = await createProgramme(app, lecturer.accessToken, {
        title: { lt: 'Socialinė partnerystė', en: 'Social partnership' },
        description: { lt: 'Kaip **kartu** spręsti problemas', en: 'Solving problems **together**' },
      });
      expect(programme).toMatchObject({
        title: { lt: 'Socialinė partnerystė', en: 'Social partnership', missing: [] },
        description: { html: { lt: '<p>Kaip <strong>kartu</strong> spręsti problemas</p>' } },
        lecturers: [{ id: lecturer.user.id, displayName: 'Aistė Lecturer' }],
        canEdit: true,
        enrolled: false,
        progress: null,
        modules: [],
      });

      const second = await addModule(app, lecturer.accessToken, programme.id, { position: 2 });
      const first = await addModule(app, lecturer.accessToken, programme.id, {
        title: { lt: 'Įvadas', en: 'Introduction' },
        position: 1,
      });
      const appended = await addModule(app, lecturer.accessToken, programme.id);
      expect(appended.position).toBe(3);

      const read = await detail(learner.accessToken, programme.id);
      expect(read.modules.map((module) => module.id)).toEqual([first.id, second.id, appended.id]);
      expect(read.modules[0]).toMatchObject({ title: { en: 'Introduction' }, position: 1, completed: false });
      expect(read.canEdit).toBe(false);
    });

    it('refuses a taken position with 409 and changes nothing', async () => {
      const programme = await createProgramme(app, lecturer.accessToken);
      await addModule(app, lecturer.accessToken, programme.id, { position: 1 });
      const clash = await api.post(
        `/api/programmes/${programme.id}/modules`,
        { title: { en: 'Clash' }, body: { en: 'x' }, position: 1 },
        { token: lecturer.accessToken },
      );
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('CONFLICT');
      expect((await detail(lecturer.accessToken, programme.id)).modules).toHaveLength(1);
    });

    it('refuses learners, and lecturers who do not teach the programme', async () => {
      const programme = await createProgramme(app, lecturer.accessToken);
      const asLearner = await api.post(
        '/api/programmes',
        { title: { en: 'x' }, description: { en: 'y' } },
        { token: learner.accessToken },
      );
      expect(asLearner.status).toBe(403);
      const foreignModule = await api.post(
        `/api/programmes/${programme.id}/modules`,
        { title: { en: 'Mine now' }, body: { en: 'x' } },
        { token: otherLecturer.accessToken },
      );
      expect(foreignModule.status).toBe(403);
      expect(foreignModule.body.code).toBe('FORBIDDEN');
      const module = await addModule(app, lecturer.accessToken, programme.id);
      const foreignAssignment = await api.post(
        `/api/modules/${module.id}/assignments`,
        { title: { en: 'x' }, instructions: { en: 'y' } },
        { token: otherLecturer.accessToken },
      );
      expect(foreignAssignment.status).toBe(403);
      expect((await detail(lecturer.accessToken, programme.id)).modules).toHaveLength(1);
    });

    it('lets an admin add and remove lecturers; only people with the lecturer role', async () => {
      const programme = await createProgramme(app, adminToken);
      expect(programme.lecturers).toEqual([]);
      expect(programme.canEdit).toBe(true);

      const notLecturer = await api.post(
        `/api/programmes/${programme.id}/lecturers`,
        { userId: learner.user.id },
        { token: adminToken },
      );
      expect(notLecturer.status).toBe(409);
      const byLecturer = await api.post(
        `/api/programmes/${programme.id}/lecturers`,
        { userId: otherLecturer.user.id },
        { token: lecturer.accessToken },
      );
      expect(byLecturer.status).toBe(403);

      for (let twice = 0; twice < 2; twice++) {
        const added = await api.post(
          `/api/programmes/${programme.id}/lecturers`,
          { userId: otherLecturer.user.id },
          { token: adminToken },
        );
        expect(added.status).toBe(200);
        expect(added.body.items).toEqual([{ id: otherLecturer.user.id, displayName: 'Ingrid Lecturer' }]);
      }
      await addModule(app, otherLecturer.accessToken, programme.id);
      const removed = await api.delete(`/api/programmes/${programme.id}/lecturers/${otherLecturer.user.id}`, {
        token: adminToken,
      });
      expect(removed.body.items).toEqual([]);
      const afterRemoval = await api.post(
        `/api/programmes/${programme.id}/modules`,
        { title: { en: 'x' }, body: { en: 'y' } },
        { token: otherLecturer.accessToken },
      );
      expect(afterRemoval.status).toBe(403);
    });

    it.each([
      [{ title: { lt: '', en: '  ' }, description: { en: 'x' } }, 'title'],
      [{ title: 'plain string', description: { en: 'x' } }, 'title'],
      [{ title: { lt: 'a', de: 'b' }, description: { en: 'x' } }, 'title'],
      [{ title: { lt: 'a'.repeat(201) }, description: { en: 'x' } }, 'title'],
      [{ title: { lt: 'a' } }, 'description'],
      [{ title: { lt: 'a' }, description: { en: 'x' }, extra: true }, 'extra'],
    ])('refuses %j naming %s', async (body, field) => {
      const before = (await api.get('/api/programmes', { token: adminToken })).body.items.length;
      const response = await api.post('/api/programmes', body, { token: lecturer.accessToken });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((issue: { field: string }) => issue.field)).toContain(field);
      expect((await api.get('/api/programmes', { token: adminToken })).body.items.length).toBe(before);
    });

    it('answers 404 for a programme or module that does not exist and 400 for a malformed id', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await api.get(`/api/programmes/${missing}`, { token: learner.accessToken })).status).toBe(404);
      expect(
        (
          await api.post(
            `/api/modules/${missing}/assignments`,
            { title: { en: 'x' }, instructions: { en: 'y' } },
            { token: lecturer.accessToken },
          )
        ).status,
      ).toBe(404);
      expect(
        (await api.post(`/api/programmes/${missing}/enrolment`, undefined, { token: learner.accessToken })).status,
      ).toBe(404);
      expect((await api.get('/api/programmes/not-a-uuid', { token: learner.accessToken })).status).toBe(400);
      expect((await api.get('/api/programmes')).status).toBe(401);
    });
  });

  describe('content', () => {
    it('serves Markdown rendered and sanitised: no script, no event handler, no javascript: link', async () => {
      const programme = await createProgramme(app, lecturer.accessToken);
      const module = await addModule(app, lecturer.accessToken, programme.id, {
        title: { lt: 'Saugus *turinys*', en: 'Safe <img src=x onerror=alert(1)> content' },
        body: {
          lt: '## Skyrius\n\n<script>alert("lt")</script>\n\nTekstas su [nuoroda](javascript:alert(1)).',
          en: '## Section\n\n<a href="https://example.org" onclick="steal()">Read</a> and [more](https://example.org/more).',
        },
      });
      const served = (await detail(learner.accessToken, programme.id)).modules.find((item) => item.id === module.id)!;
      expect(served.body.lt).toContain('<script>');
      expect(served.body.html.lt).toContain('<h2>Skyrius</h2>');
      expect(served.body.html.lt).not.toMatch(/<script|alert|javascript:/i);
      expect(served.body.html.lt).toContain('<p>Tekstas su');
      expect(served.body.html.lt).toContain('<a rel="noopener noreferrer nofollow">nuoroda</a>');
      expect(served.body.html.en).not.toMatch(/onclick|steal/);
      expect(served.body.html.en).toContain(
        '<a href="https://example.org/more" rel="noopener noreferrer nofollow">more</a>',
      );
      expect(served.title.html).toEqual({ lt: 'Saugus <em>turinys</em>', en: 'Safe  content' });
    });

    it('flags missing translations per item and falls back to the other language', async () => {
      const programme = await createProgramme(app, lecturer.accessToken, {
        title: { lt: 'Tik lietuviškai' },
        description: { lt: 'Aprašymas', en: 'Description' },
      });
      const module = await addModule(app, lecturer.accessToken, programme.id, {
        title: { en: 'English only' },
        body: { lt: 'Lietuviškas turinys', en: 'English content' },
      });
      const assignment = await createAssignment(app, lecturer.accessToken, module.id, {
        title: { lt: 'Užduotis', en: 'Assignment' },
        instructions: { en: 'Only in English' },
      });
      expect(assignment.missingTranslations).toEqual(['lt']);

      const read = await detail(learner.accessToken, programme.id);
      expect(read.title).toEqual({
        lt: 'Tik lietuviškai',
        en: '',
        html: { lt: 'Tik lietuviškai', en: 'Tik lietuviškai' },
        missing: ['en'],
      });
      expect(read.missingTranslations).toEqual(['en']);
      expect(read.modules[0]!.missingTranslations).toEqual(['lt']);
      expect(read.modules[0]!.title.html.lt).toBe('English only');
      expect(read.modules[0]!.assignments[0]).toMatchObject({
        id: assignment.id,
        instructions: { missing: ['lt'], html: { lt: '<p>Only in English</p>' } },
      });

      const listed = (await api.get<{ items: Programme[] }>('/api/programmes', { token: lecturer.accessToken })).body
        .items;
      expect(listed.find((item) => item.id === programme.id)?.missingTranslations).toEqual(['en']);
    });
  });

  describe('enrolment and progress', () => {
    let programme: ProgrammeDetail;
    let moduleIds: string[];

    beforeAll(async () => {
      programme = await createProgramme(app, lecturer.accessToken);
      moduleIds = [];
      for (let index = 0; index < 4; index++)
        moduleIds.push((await addModule(app, lecturer.accessToken, programme.id)).id);
    });

    it('enrols idempotently and shows enrolment and progress in the catalogue', async () => {
      const first = await api.post(`/api/programmes/${programme.id}/enrolment`, undefined, {
        token: learner.accessToken,
      });
      const second = await api.post(`/api/programmes/${programme.id}/enrolment`, undefined, {
        token: learner.accessToken,
      });
      expect(first.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect(first.body).toEqual({
        programmeId: programme.id,
        enrolled: true,
        progress: { completedModules: 0, totalModules: 4, percent: 0 },
      });
      const rows = await app.app
        .get(DataSource)
        .query(`SELECT 1 FROM enrolments WHERE programme_id = $1 AND user_id = $2`, [programme.id, learner.user.id]);
      expect(rows).toHaveLength(1);
      const listed = (await api.get<{ items: Programme[] }>('/api/programmes', { token: learner.accessToken })).body
        .items;
      expect(listed.find((item) => item.id === programme.id)).toMatchObject({ enrolled: true, moduleCount: 4 });
    });

    it('counts completed modules, once each, and undoes them', async () => {
      await enrol(app, learner.accessToken, programme.id);
      const complete = (moduleId: string) =>
        api.post(`/api/modules/${moduleId}/completion`, undefined, { token: learner.accessToken });
      await complete(moduleIds[0]!);
      await complete(moduleIds[0]!);
      const done = await complete(moduleIds[2]!);
      expect(done.status).toBe(200);
      expect(done.body).toEqual({
        moduleId: moduleIds[2],
        programmeId: programme.id,
        completed: true,
        progress: { completedModules: 2, totalModules: 4, percent: 50 },
      });
      const undone = await api.delete(`/api/modules/${moduleIds[0]}/completion`, { token: learner.accessToken });
      expect(undone.body.progress).toEqual({ completedModules: 1, totalModules: 4, percent: 25 });

      const read = await detail(learner.accessToken, programme.id);
      expect(read.progress).toEqual({ completedModules: 1, totalModules: 4, percent: 25 });
      expect(read.modules.map((module) => module.completed)).toEqual([false, false, true, false]);
    });

    it('lets only enrolled learners complete modules, and keeps progress across leaving and coming back', async () => {
      const newcomer = await registerPerson(app.baseUrl, 'Newcomer');
      const refused = await api.post(`/api/modules/${moduleIds[1]}/completion`, undefined, {
        token: newcomer.accessToken,
      });
      expect(refused.status).toBe(403);
      const byLecturer = await api.post(`/api/modules/${moduleIds[1]}/completion`, undefined, {
        token: lecturer.accessToken,
      });
      expect(byLecturer.status).toBe(403);
      const lecturerEnrols = await api.post(`/api/programmes/${programme.id}/enrolment`, undefined, {
        token: lecturer.accessToken,
      });
      expect(lecturerEnrols.status).toBe(403);

      await enrol(app, newcomer.accessToken, programme.id);
      await api.post(`/api/modules/${moduleIds[1]}/completion`, undefined, { token: newcomer.accessToken });
      for (let twice = 0; twice < 2; twice++) {
        const left = await api.delete(`/api/programmes/${programme.id}/enrolment`, { token: newcomer.accessToken });
        expect(left.body).toEqual({ programmeId: programme.id, enrolled: false, progress: null });
      }
      const whileAway = await detail(newcomer.accessToken, programme.id);
      expect(whileAway).toMatchObject({ enrolled: false, progress: null });
      expect(whileAway.modules.every((module) => !module.completed)).toBe(true);

      await enrol(app, newcomer.accessToken, programme.id);
      expect((await detail(newcomer.accessToken, programme.id)).progress).toEqual({
        completedModules: 1,
        totalModules: 4,
        percent: 25,
      });
    });

    it('lets a learner enrol in several programmes', async () => {
      const another = await createProgramme(app, lecturer.accessToken);
      const person = await registerPerson(app.baseUrl, 'Several');
      await enrol(app, person.accessToken, programme.id);
      await enrol(app, person.accessToken, another.id);
      const listed = (await api.get<{ items: Programme[] }>('/api/programmes', { token: person.accessToken })).body
        .items;
      expect(
        listed
          .filter((item) => item.enrolled)
          .map((item) => item.id)
          .sort(),
      ).toEqual([programme.id, another.id].sort());
    });
  });
});

describe('programmes: the demo', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ label: 'programmesdemo', config: { demoData: true } });
  });
  afterAll(() => app.close());

  it('has the demo lecturer teach both tracks, each with an assignment', async () => {
    const api = apiClient(app.baseUrl);
    const signedIn = await api.post('/api/auth/login', {
      email: 'lecturer@klasteris.demo',
      password: 'Klasteris-demo-2026',
    });
    const programmes = (await api.get<{ items: Programme[] }>('/api/programmes', { token: signedIn.body.accessToken }))
      .body.items;
    expect(programmes).toHaveLength(2);
    for (const programme of programmes) {
      expect(programme).toMatchObject({ canEdit: true, moduleCount: 5, missingTranslations: [] });
      expect(programme.lecturers.map((person) => person.displayName)).toEqual(['Aistė Petrauskienė']);
      const read = (
        await api.get<ProgrammeDetail>(`/api/programmes/${programme.id}`, { token: signedIn.body.accessToken })
      ).body;
      expect(read.modules[0]!.assignments).toHaveLength(1);
      expect(read.modules[0]!.body.html.lt).toMatch(/^<h2>/);
    }
  });
});
