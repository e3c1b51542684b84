/** The demo's working groups: where the demo learners land after signing in. */
import type { GroupDetail, GroupSearchHit, GroupSummary, Message, Page } from '@klasteris/contracts';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { DEMO_COLLEAGUES, DEMO_GROUPS } from '../src/seed/demo-groups';
import { apiClient } from './support/http';
import { startTestApp, TestApp } from './support/test-app';

describe('working groups: demo data', () => {
  let app: TestApp;
  const signIn = async (email: string) => {
    const response = await apiClient(app.baseUrl).post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    return response.body.accessToken as string;
  };

  beforeAll(async () => {
    app = await startTestApp({ label: 'groupsdemo', config: { demoData: true } });
  });
  afterAll(() => app.close());

  it('puts every demo learner in every demo group, with unread messages waiting', async () => {
    for (const account of DEMO_ACCOUNTS.filter((person) => person.role === 'learner')) {
      const token = await signIn(account.email);
      const groups = await apiClient(app.baseUrl).get<Page<GroupSummary>>('/api/groups', { token });
      expect(groups.body.items.map((group) => group.name).sort()).toEqual(
        DEMO_GROUPS.map((group) => group.name).sort(),
      );
      expect(groups.body.items.some((group) => group.unread > 0)).toBe(true);
    }
  });

  it('has channels, a thread, a mention, a pin and searchable Lithuanian talk', async () => {
    const token = await signIn('learner.ngo@klasteris.demo');
    const groups = (await apiClient(app.baseUrl).get<Page<GroupSummary>>('/api/groups', { token })).body.items;
    const poverty = groups.find((group) => group.name.startsWith('Skurdo prevencija'))!;
    const detail = (await apiClient(app.baseUrl).get<GroupDetail>(`/api/groups/${poverty.id}`, { token })).body;
    expect(detail.channels.map((channel) => channel.name)).toEqual(['bendras', 'duomenys', 'renginiai']);
    expect(detail.organisations.length).toBeGreaterThanOrEqual(4);

    const history = (
      await apiClient(app.baseUrl).get<Page<Message>>(`/api/rooms/${poverty.defaultRoomId}/messages`, { token })
    ).body.items;
    expect(history.some((message) => message.replyCount >= 2)).toBe(true);
    expect(
      history.some((message) =>
        message.mentions.some((person) => person.displayName === DEMO_COLLEAGUES[0]!.displayName),
      ),
    ).toBe(true);
    const pins = (
      await apiClient(app.baseUrl).get<Page<Message>>(`/api/rooms/${poverty.defaultRoomId}/pins`, { token })
    ).body;
    expect(pins.items).toHaveLength(1);

    const found = (
      await apiClient(app.baseUrl).get<Page<GroupSearchHit>>(`/api/groups/${poverty.id}/search?q=sveikata`, { token })
    ).body;
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items[0]!.snippet.some((part) => part.match && /sveikat/i.test(part.text))).toBe(true);
  });
});
