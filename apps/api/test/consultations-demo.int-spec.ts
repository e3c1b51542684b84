/** The demo consultations as the demo people find them after seeding. */
import type { Consultation, Question } from '@klasteris/contracts';

import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { apiClient } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('the demo consultations', () => {
  let app: TestApp;
  let api: ReturnType<typeof apiClient>;
  const signIn = async (email: string) =>
    (await api.post('/api/auth/login', { email, password: DEMO_PASSWORD })).body.accessToken as string;

  beforeAll(async () => {
    app = await startTestApp({ label: 'consultdemo', config: { demoData: true } });
    api = apiClient(app.baseUrl);
  });
  afterAll(() => app.close());

  it('has a live one open to all with voted, answered and anonymous questions, and a scheduled one for a module', async () => {
    const learner = await signIn('learner.ngo@klasteris.demo');
    const lecturer = await signIn('lecturer@klasteris.demo');

    const forLearner = (await api.get<{ items: Consultation[] }>('/api/consultations', { token: learner })).body.items;
    expect(forLearner).toHaveLength(1);
    const live = forLearner[0]!;
    expect(live).toMatchObject({
      state: 'live',
      moduleId: null,
      canPresent: false,
      lecturer: { displayName: 'Aistė Petrauskienė' },
    });
    const questions = (await api.get<{ items: Question[] }>(`/api/rooms/${live.id}/questions`, { token: learner })).body
      .items;
    expect(questions.map((question) => question.votes)).toEqual([2, 1, 3]);
    expect(questions.find((question) => question.anonymous)?.author).toBeNull();
    expect(questions.filter((question) => question.status === 'answered')).toHaveLength(1);
    expect(questions.filter((question) => question.myVote)).toHaveLength(2);

    const forLecturer = (await api.get<{ items: Consultation[] }>('/api/consultations', { token: lecturer })).body
      .items;
    expect(forLecturer.map((consultation) => consultation.state)).toEqual(['live', 'scheduled']);
    expect(forLecturer[1]).toMatchObject({ moderation: 'pre', canPresent: true, startedAt: null });
    expect(forLecturer[1]!.moduleTitle?.en).toBeTruthy();
    const asLecturer = (await api.get<{ items: Question[] }>(`/api/rooms/${live.id}/questions`, { token: lecturer }))
      .body.items;
    expect(asLecturer.find((question) => question.anonymous)?.author?.displayName).toBe('Rasa Jonaitienė');
  });
});
