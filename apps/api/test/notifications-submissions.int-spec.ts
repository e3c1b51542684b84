/**
 * The review loop through the real pipeline, on both queue backends: a
 * hand-in reaches each lecturer of the programme once, live and in their bell;
 * a review reaches the learner the same way; nobody else hears of either.
 */
import type { Notification, Page, Submission } from '@klasteris/contracts';

import { registerPerson, SignedInPerson } from './support/accounts';
import { apiClient } from './support/http';
import { collect, connected, liveClient, LiveClient, pause } from './support/live-client';
import { describeOnQueueBackends, eventually, queuesSettled } from './support/notifications';
import {
  addModule,
  createAssignment,
  createProgramme,
  enrol,
  registerLecturer,
  signInAdmin,
  submitText,
  TEST_ADMIN,
} from './support/programmes';
import { startTestApp, TestApp } from './support/test-app';

describeOnQueueBackends('notifications: hand-ins and reviews', (backend) => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  let lecturer: SignedInPerson;
  let coLecturer: SignedInPerson;
  let otherLecturer: SignedInPerson;
  let assignmentId: string;
  let programmeId: string;
  const sockets: LiveClient[] = [];

  const open = async (person: SignedInPerson) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    return collect(socket, 'notification:new');
  };
  const bell = async (person: SignedInPerson) =>
    (await api.get<Page<Notification>>('/api/notifications', { token: person.accessToken })).body.items;

  beforeAll(async () => {
    app = await startTestApp({ label: `handin${backend.name}`, redis: backend.redis, config: { admin: TEST_ADMIN } });
    api = apiClient(app.baseUrl);
    const adminToken = await signInAdmin(app);
    [lecturer, coLecturer, otherLecturer] = await Promise.all([
      registerLecturer(app, adminToken, 'Aistė Dėstytoja'),
      registerLecturer(app, adminToken, 'Ingrid Co-lecturer'),
      registerLecturer(app, adminToken, 'Unrelated Lecturer'),
    ]);
    const programme = await createProgramme(app, lecturer.accessToken);
    programmeId = programme.id;
    await api.post(`/api/programmes/${programme.id}/lecturers`, { userId: coLecturer.user.id }, { token: adminToken });
    const module = await addModule(app, lecturer.accessToken, programme.id);
    assignmentId = (
      await createAssignment(app, lecturer.accessToken, module.id, {
        title: { lt: 'Partnerystės žemėlapis', en: 'Partnership map' },
      })
    ).id;
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('tells each lecturer of the programme once, live and in the bell, and then the learner of the review', async () => {
    const learner = await registerPerson(app.baseUrl, 'Rasa Jonaitienė');
    await enrol(app, learner.accessToken, programmeId);
    const [toLecturer, toCoLecturer, toOther, toLearner] = await Promise.all(
      [lecturer, coLecturer, otherLecturer, learner].map(open),
    );

    const submission = await submitText(app, learner.accessToken, assignmentId, 'Mūsų partneriai: biblioteka.');

    await eventually('both lecturers told live', async () => toLecturer.length === 1 && toCoLecturer.length === 1);
    for (const [person, live] of [
      [lecturer, toLecturer],
      [coLecturer, toCoLecturer],
    ] as const) {
      const items = await bell(person);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'submission_made', link: `/submissions/${submission.id}`, readAt: null });
      expect(items[0]!.body).toContain('Rasa Jonaitienė');
      expect(live[0]!.notification.id).toBe(items[0]!.id);
    }

    const reviewed = await api.post<Submission>(
      `/api/submissions/${submission.id}/review`,
      { verdict: 'revise', feedback: 'Pridėkite seniūniją.' },
      { token: coLecturer.accessToken },
    );
    expect(reviewed.status).toBe(200);
    await eventually('learner told live', async () => toLearner.length === 1);
    const learnerBell = await bell(learner);
    expect(learnerBell).toHaveLength(1);
    expect(learnerBell[0]).toMatchObject({ kind: 'review_given', id: toLearner[0]!.notification.id, readAt: null });

    await queuesSettled(app);
    await pause(200);
    expect([toLecturer.length, toCoLecturer.length, toLearner.length]).toEqual([1, 1, 1]);
    expect(toOther).toHaveLength(0);
    expect(await bell(otherLecturer)).toHaveLength(0);
    expect(await bell(lecturer)).toHaveLength(1);
  });
});
