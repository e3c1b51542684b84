/** Working groups: who sees them, members one by one and by organisation, owners, leaving, channels, bad input. */
import type { GroupCandidate, GroupDetail, GroupSummary, Page } from '@klasteris/contracts';

import { registerPerson, SignedInPerson } from './support/accounts';
import {
  addMember,
  createGroup,
  createOrganisation,
  GROUPS_ADMIN,
  registerWith,
  setMemberRole,
  signInGroupsAdmin,
} from './support/groups';
import { apiClient } from './support/http';
import { connected, emitWithAck, liveClient, LiveClient } from './support/live-client';
import { startTestApp, TestApp } from './support/test-app';

describe('working groups: membership and access', () => {
  let app: TestApp;
  let admin: SignedInPerson;
  let owner: SignedInPerson;
  let outsider: SignedInPerson;
  const sockets: LiveClient[] = [];
  const api = () => apiClient(app.baseUrl);
  const open = async (person: SignedInPerson) => {
    const socket = liveClient(app.baseUrl, person.accessToken);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  const detail = async (person: SignedInPerson, groupId: string) =>
    api().get<GroupDetail>(`/api/groups/${groupId}`, { token: person.accessToken });
  const memberIds = (group: GroupDetail) => group.members.map((member) => member.id).sort();

  beforeAll(async () => {
    app = await startTestApp({ label: 'groupsmembers', config: { admin: GROUPS_ADMIN } });
    admin = await signInGroupsAdmin(app);
  });
  beforeEach(async () => {
    [owner, outsider] = await Promise.all([
      registerPerson(app.baseUrl, 'Owner Ona'),
      registerPerson(app.baseUrl, 'Outsider Olaf'),
    ]);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => app.close());

  it('makes the creator the owner, with a default channel, and lists it among their groups', async () => {
    const group = await createGroup(app, owner, {
      name: 'Deinstitucionalizacija',
      description: 'Globos namų pertvarka',
    });
    expect(group).toMatchObject({
      name: 'Deinstitucionalizacija',
      description: 'Globos namų pertvarka',
      myRole: 'owner',
      canManage: true,
      memberCount: 1,
      unread: 0,
      members: [{ id: owner.user.id, role: 'owner', viaOrganisation: false }],
    });
    expect(group.channels).toHaveLength(1);
    expect(group.channels[0]).toMatchObject({ id: group.defaultRoomId, isDefault: true, groupId: group.id, unread: 0 });

    const mine = await api().get<Page<GroupSummary>>('/api/groups', { token: owner.accessToken });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((item) => item.id)).toEqual([group.id]);
    const theirs = await api().get<Page<GroupSummary>>('/api/groups', { token: outsider.accessToken });
    expect(theirs.body.items).toEqual([]);
  });

  it('hides a group, its channels and their messages from non-members with 404, but not from admins', async () => {
    const group = await createGroup(app, owner);
    const roomId = group.defaultRoomId;
    for (const path of [
      `/api/groups/${group.id}`,
      `/api/groups/${group.id}/search?q=labas`,
      `/api/rooms/${roomId}`,
      `/api/rooms/${roomId}/messages`,
      `/api/rooms/${roomId}/pins`,
      `/api/rooms/${roomId}/messages/${group.id}/replies`,
    ]) {
      const response = await api().get(path, { token: outsider.accessToken });
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
    const socket = await open(outsider);
    expect(await emitWithAck(socket, 'room:join', { roomId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await emitWithAck(socket, 'message:send', { roomId, body: 'įleiskite', clientMsgId: 'outsider-1' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const asAdmin = await detail(admin, group.id);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.canManage).toBe(true);
  });

  it('lets owners and admins add people; members get 403, non-members 404', async () => {
    const group = await createGroup(app, owner);
    const [member, newcomer] = await Promise.all([
      registerPerson(app.baseUrl, 'Member Mia'),
      registerPerson(app.baseUrl, 'Newcomer Nils'),
    ]);
    const added = await addMember(app, owner, group.id, member.user.id);
    expect(memberIds(added)).toEqual([owner.user.id, member.user.id].sort());

    const byMember = await api().post(
      `/api/groups/${group.id}/members`,
      { userId: newcomer.user.id },
      { token: member.accessToken },
    );
    expect([byMember.status, byMember.body.code]).toEqual([403, 'FORBIDDEN']);
    const byOutsider = await api().post(
      `/api/groups/${group.id}/members`,
      { userId: newcomer.user.id },
      { token: outsider.accessToken },
    );
    expect([byOutsider.status, byOutsider.body.code]).toEqual([404, 'NOT_FOUND']);
    const channel = await api().post(
      `/api/groups/${group.id}/channels`,
      { name: 'slaptas' },
      { token: member.accessToken },
    );
    expect(channel.status).toBe(403);

    const byAdmin = await addMember(app, admin, group.id, newcomer.user.id);
    expect(byAdmin.memberCount).toBe(3);
    // The new member reads the channel at once.
    const history = await api().get(`/api/rooms/${group.defaultRoomId}/messages`, { token: newcomer.accessToken });
    expect(history.status).toBe(200);
  });

  it('lets owners find people to add by name, ignoring case and diacritics, without e-mail addresses', async () => {
    const group = await createGroup(app, owner);
    const [zigmas, inGroup] = await Promise.all([
      registerPerson(app.baseUrl, 'Žigmantas Čiurlionis'),
      registerPerson(app.baseUrl, 'Žigmantas Jau Narys'),
    ]);
    await addMember(app, owner, group.id, inGroup.user.id);
    const find = (person: SignedInPerson, query: string) =>
      api().get<Page<GroupCandidate>>(`/api/groups/${group.id}/candidates?query=${encodeURIComponent(query)}`, {
        token: person.accessToken,
      });

    const found = await find(owner, 'zigmantas');
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      { id: zigmas.user.id, displayName: 'Žigmantas Čiurlionis', organisationName: null },
    ]);
    expect((await find(owner, '%_\\')).body.items).toEqual([]);
    expect((await find(inGroup, 'zigmantas')).status).toBe(403);
    expect((await find(outsider, 'zigmantas')).status).toBe(404);
    expect((await find(owner, '   ')).status).toBe(400);
  });

  it('adds an organisation’s people now and those who join it later; removing it takes out only those it brought', async () => {
    const utena = await createOrganisation(app, admin.accessToken, 'Utenos savivaldybė');
    const already = await registerWith(app, utena.id, 'Already Utena');
    const direct = await registerWith(app, utena.id, 'Direct Utena');
    const group = await createGroup(app, owner);
    await addMember(app, owner, group.id, direct.user.id);

    const withOrganisation = await api().post<GroupDetail>(
      `/api/groups/${group.id}/members`,
      { organisationId: utena.id },
      { token: owner.accessToken },
    );
    expect(withOrganisation.status).toBe(200);
    expect(withOrganisation.body.organisations.map((organisation) => organisation.id)).toEqual([utena.id]);
    expect(withOrganisation.body.members.find((member) => member.id === already.user.id)).toMatchObject({
      viaOrganisation: true,
      organisationId: utena.id,
    });

    const later = await registerWith(app, utena.id, 'Later Utena');
    const seen = await detail(later, group.id);
    expect(seen.status).toBe(200);
    expect(seen.body.myRole).toBe('member');
    const laterGroups = await api().get<Page<GroupSummary>>('/api/groups', { token: later.accessToken });
    expect(laterGroups.body.items.map((item) => item.id)).toEqual([group.id]);
    expect((await api().get(`/api/rooms/${group.defaultRoomId}/messages`, { token: later.accessToken })).status).toBe(
      200,
    );

    // A member may not take an organisation out; the owner may.
    const byMember = await api().delete(`/api/groups/${group.id}/organisations/${utena.id}`, {
      token: later.accessToken,
    });
    expect(byMember.status).toBe(403);
    const removed = await api().delete(`/api/groups/${group.id}/organisations/${utena.id}`, {
      token: owner.accessToken,
    });
    expect(removed.status).toBe(204);
    const after = (await detail(owner, group.id)).body;
    expect(memberIds(after)).toEqual([owner.user.id, direct.user.id].sort());
    expect(after.organisations).toEqual([]);
    expect((await detail(later, group.id)).status).toBe(404);
    expect((await api().get(`/api/rooms/${group.defaultRoomId}/messages`, { token: already.accessToken })).status).toBe(
      404,
    );
    const again = await api().delete(`/api/groups/${group.id}/organisations/${utena.id}`, { token: owner.accessToken });
    expect(again.status).toBe(404);

    // People of an organisation that takes part from the start are in too.
    const fromStart = await createGroup(app, owner, { organisationIds: [utena.id] });
    expect(fromStart.memberCount).toBe(4);
  });

  it('lets a member leave, takes their sockets out of the channel, and keeps the last owner in', async () => {
    const group = await createGroup(app, owner);
    const member = await registerPerson(app.baseUrl, 'Leaving Lina');
    await addMember(app, owner, group.id, member.user.id);
    const socket = await open(member);
    expect((await emitWithAck(socket, 'room:join', { roomId: group.defaultRoomId })).ok).toBe(true);

    const lastOwner = await api().delete(`/api/groups/${group.id}/members/${owner.user.id}`, {
      token: owner.accessToken,
    });
    expect([lastOwner.status, lastOwner.body.code]).toEqual([409, 'CONFLICT']);
    const byOther = await api().delete(`/api/groups/${group.id}/members/${owner.user.id}`, {
      token: member.accessToken,
    });
    expect(byOther.status).toBe(403);

    const left = await api().delete(`/api/groups/${group.id}/members/${member.user.id}`, { token: member.accessToken });
    expect(left.status).toBe(204);
    expect((await detail(member, group.id)).status).toBe(404);
    expect(
      await emitWithAck(socket, 'message:send', {
        roomId: group.defaultRoomId,
        body: 'dar čia?',
        clientMsgId: 'left-1',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      (await api().delete(`/api/groups/${group.id}/members/${member.user.id}`, { token: owner.accessToken })).status,
    ).toBe(404);
  });

  it('lets an owner make a member an owner, who then manages the group, so the former last owner can leave', async () => {
    const group = await createGroup(app, owner);
    const [member, newcomer] = await Promise.all([
      registerPerson(app.baseUrl, 'Promoted Paulius'),
      registerPerson(app.baseUrl, 'Newcomer Neringa'),
    ]);
    await addMember(app, owner, group.id, member.user.id);
    const roleOf = (detail: GroupDetail, userId: string) => detail.members.find((m) => m.id === userId)?.role;

    const promoted = await setMemberRole(app, owner, group.id, member.user.id, 'owner');
    expect(roleOf(promoted, member.user.id)).toBe('owner');
    expect(promoted.members.filter((m) => m.role === 'owner')).toHaveLength(2);
    // Making an owner an owner again changes nothing.
    expect(roleOf(await setMemberRole(app, owner, group.id, member.user.id, 'owner'), member.user.id)).toBe('owner');

    // The new owner sees the group as one they manage, and adds people.
    const asNewOwner = await detail(member, group.id);
    expect(asNewOwner.body).toMatchObject({ myRole: 'owner', canManage: true });
    const added = await addMember(app, member, group.id, newcomer.user.id);
    expect(added.memberCount).toBe(3);

    // The former last owner may now leave; the new owner stays the only one.
    const left = await api().delete(`/api/groups/${group.id}/members/${owner.user.id}`, { token: owner.accessToken });
    expect(left.status).toBe(204);
    expect((await detail(owner, group.id)).status).toBe(404);
    const after = (await detail(member, group.id)).body;
    expect(after.members.filter((m) => m.role === 'owner').map((m) => m.id)).toEqual([member.user.id]);

    // Taking the role from the one owner left is refused, by themselves and by an admin alike.
    for (const by of [member, admin]) {
      const demoted = await api().patch(
        `/api/groups/${group.id}/members/${member.user.id}`,
        { role: 'member' },
        { token: by.accessToken },
      );
      expect([demoted.status, demoted.body.code]).toEqual([409, 'CONFLICT']);
    }
    expect(roleOf((await detail(member, group.id)).body, member.user.id)).toBe('owner');
  });

  it('lets owners and admins make an owner a member again; members get 403, non-members 404', async () => {
    const group = await createGroup(app, owner);
    const [second, plain] = await Promise.all([
      registerPerson(app.baseUrl, 'Second Saulė'),
      registerPerson(app.baseUrl, 'Plain Petras'),
    ]);
    await addMember(app, owner, group.id, second.user.id);
    await addMember(app, owner, group.id, plain.user.id);
    const change = (by: SignedInPerson, userId: string, role: string) =>
      api().patch(`/api/groups/${group.id}/members/${userId}`, { role }, { token: by.accessToken });

    const byMember = await change(plain, plain.user.id, 'owner');
    expect([byMember.status, byMember.body.code]).toEqual([403, 'FORBIDDEN']);
    const byOutsider = await change(outsider, plain.user.id, 'owner');
    expect([byOutsider.status, byOutsider.body.code]).toEqual([404, 'NOT_FOUND']);
    const notInGroup = await change(owner, outsider.user.id, 'owner');
    expect([notInGroup.status, notInGroup.body.code]).toEqual([404, 'NOT_FOUND']);
    const badRole = await change(owner, plain.user.id, 'admin');
    expect([badRole.status, badRole.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    // An admin who is not in the group manages roles too.
    const byAdmin = await setMemberRole(app, admin, group.id, second.user.id, 'owner');
    expect(byAdmin.members.find((m) => m.id === second.user.id)?.role).toBe('owner');

    // With two owners, one may step down; they stay in the group, no longer managing it.
    const steppedDown = await setMemberRole(app, owner, group.id, owner.user.id, 'member');
    expect(steppedDown).toMatchObject({ myRole: 'member', canManage: false });
    const nowPlain = await api().post(
      `/api/groups/${group.id}/channels`,
      { name: 'nebegaliu' },
      { token: owner.accessToken },
    );
    expect(nowPlain.status).toBe(403);
    expect((await change(owner, second.user.id, 'member')).status).toBe(403);
    const lastOne = await change(second, second.user.id, 'member');
    expect([lastOne.status, lastOne.body.code]).toEqual([409, 'CONFLICT']);
    const alreadyMember = await change(second, owner.user.id, 'member');
    expect(alreadyMember.status).toBe(200);
    expect(memberIds(alreadyMember.body as GroupDetail)).toEqual([owner.user.id, second.user.id, plain.user.id].sort());
  });

  it('keeps an owner who came with their organisation when the organisation stops taking part', async () => {
    const birzai = await createOrganisation(app, admin.accessToken, 'Biržų savivaldybė');
    const colleague = await registerWith(app, birzai.id, 'Birzai Colleague');
    const group = await createGroup(app, owner, { organisationIds: [birzai.id] });
    expect(group.members.find((m) => m.id === colleague.user.id)).toMatchObject({ viaOrganisation: true });

    const promoted = await setMemberRole(app, owner, group.id, colleague.user.id, 'owner');
    expect(promoted.members.find((m) => m.id === colleague.user.id)).toMatchObject({
      role: 'owner',
      viaOrganisation: false,
    });
    const removed = await api().delete(`/api/groups/${group.id}/organisations/${birzai.id}`, {
      token: owner.accessToken,
    });
    expect(removed.status).toBe(204);
    expect((await detail(colleague, group.id)).body).toMatchObject({ myRole: 'owner', canManage: true });
  });

  it('creates channels every member can use at once, refusing a duplicate name', async () => {
    const group = await createGroup(app, owner);
    const member = await registerPerson(app.baseUrl, 'Channel Member');
    await addMember(app, owner, group.id, member.user.id);
    const created = await api().post(
      `/api/groups/${group.id}/channels`,
      { name: '  Renginiai  ' },
      { token: owner.accessToken },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Renginiai',
      groupId: group.id,
      isDefault: false,
      unread: 0,
      kind: 'channel',
    });
    const duplicate = await api().post(
      `/api/groups/${group.id}/channels`,
      { name: 'renginiai' },
      { token: owner.accessToken },
    );
    expect([duplicate.status, duplicate.body.code]).toEqual([409, 'CONFLICT']);

    const socket = await open(member);
    const join = await emitWithAck(socket, 'room:join', { roomId: created.body.id });
    expect(join.ok).toBe(true);
    expect((await detail(member, group.id)).body.channels.map((channel) => channel.name)).toEqual([
      group.channels[0]!.name,
      'Renginiai',
    ]);
  });

  it('refuses bad input with 400 and a code, changing nothing', async () => {
    const group = await createGroup(app, owner);
    const organisation = await createOrganisation(app, admin.accessToken);
    const cases: [string, Promise<{ status: number; body: { code: string } }>][] = [
      ['empty name', api().post('/api/groups', { name: '   ', description: '' }, { token: owner.accessToken })],
      ['no description', api().post('/api/groups', { name: 'Grupė' }, { token: owner.accessToken })],
      [
        'unknown organisation',
        api().post(
          '/api/groups',
          { name: 'Grupė', description: '', organisationIds: ['5d1b3c2a-8f6e-4c1d-9a7b-2e3f4a5b6c7d'] },
          { token: owner.accessToken },
        ),
      ],
      [
        'unknown field',
        api().post('/api/groups', { name: 'G', description: '', owner: 'me' }, { token: owner.accessToken }),
      ],
      [
        'both member fields',
        api().post(
          `/api/groups/${group.id}/members`,
          { userId: outsider.user.id, organisationId: organisation.id },
          { token: owner.accessToken },
        ),
      ],
      ['neither member field', api().post(`/api/groups/${group.id}/members`, {}, { token: owner.accessToken })],
      [
        'unknown person',
        api().post(
          `/api/groups/${group.id}/members`,
          { userId: '5d1b3c2a-8f6e-4c1d-9a7b-2e3f4a5b6c7d' },
          { token: owner.accessToken },
        ),
      ],
      [
        'unknown group role',
        api().patch(
          `/api/groups/${group.id}/members/${owner.user.id}`,
          { role: 'admin' },
          { token: owner.accessToken },
        ),
      ],
      [
        'no group role',
        api().patch(`/api/groups/${group.id}/members/${owner.user.id}`, {}, { token: owner.accessToken }),
      ],
      [
        'bad member id',
        api().patch(`/api/groups/${group.id}/members/nobody`, { role: 'owner' }, { token: owner.accessToken }),
      ],
      ['bad group id', api().get('/api/groups/not-a-uuid', { token: owner.accessToken })],
      [
        'long channel name',
        api().post(`/api/groups/${group.id}/channels`, { name: 'x'.repeat(81) }, { token: owner.accessToken }),
      ],
      ['empty search', api().get(`/api/groups/${group.id}/search?q=%20`, { token: owner.accessToken })],
      ['bad search cursor', api().get(`/api/groups/${group.id}/search?q=a&cursor=abc`, { token: owner.accessToken })],
    ];
    for (const [what, call] of cases) {
      const response = await call;
      expect({ what, status: response.status, code: response.body.code }).toEqual({
        what,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    const after = (await detail(owner, group.id)).body;
    expect(after.memberCount).toBe(1);
    expect(after.myRole).toBe('owner');
    expect(after.channels).toHaveLength(1);
    const mine = await api().get<Page<GroupSummary>>('/api/groups', { token: owner.accessToken });
    expect(mine.body.items).toHaveLength(1);
  });
});
