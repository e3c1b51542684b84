import type { GroupMember } from '@klasteris/contracts';

import { mentionCandidates, membersByOrganisation, offeredRoleChanges } from './group-members';

function member(id: string, displayName: string, organisation: string | null, role: GroupMember['role'] = 'member') {
  return {
    id,
    displayName,
    organisationId: organisation === null ? null : `org-${organisation}`,
    organisationName: organisation,
    role,
    viaOrganisation: false,
  } satisfies GroupMember;
}

describe('members grouped by organisation', () => {
  const members = [
    member('t', 'Tomas Kazlauskas', 'Gintarinė akademija'),
    member('r', 'Rasa Jonaitienė', 'Utenos rajono savivaldybė'),
    member('x', 'Be organizacijos', null),
    member('m', 'Mantas Žukauskas', 'Gintarinė akademija', 'owner'),
    member('a', 'Aistė Petrauskienė', 'Biržų rajono savivaldybė'),
  ];

  it('lists organisations by name, people without one last, owners first and then by name', () => {
    const grouped = membersByOrganisation(members);
    expect(grouped.map((g) => g.organisationName)).toEqual([
      'Biržų rajono savivaldybė',
      'Gintarinė akademija',
      'Utenos rajono savivaldybė',
      null,
    ]);
    expect(grouped[1]?.members.map((m) => m.id)).toEqual(['m', 't']);
  });

  it('offers every member for @mentions, with their organisation', () => {
    expect(mentionCandidates(members.slice(0, 1))).toEqual([
      { id: 't', displayName: 'Tomas Kazlauskas', organisationName: 'Gintarinė akademija' },
    ]);
  });
});

describe('role changes offered in the member list', () => {
  it('offers members to become owners and owners to become members again while another owner stays', () => {
    const offered = offeredRoleChanges(
      [member('o', 'Ona', null, 'owner'), member('p', 'Petras', null, 'owner'), member('m', 'Mia', 'Utena')],
      true,
    );
    expect(Object.fromEntries(offered)).toEqual({ o: 'member', p: 'member', m: 'owner' });
  });

  it('never offers to take the role from the last owner', () => {
    const offered = offeredRoleChanges([member('o', 'Ona', null, 'owner'), member('m', 'Mia', null)], true);
    expect(Object.fromEntries(offered)).toEqual({ m: 'owner' });
  });

  it('offers nothing to people who do not manage the group', () => {
    expect(offeredRoleChanges([member('o', 'Ona', null, 'owner'), member('m', 'Mia', null)], false).size).toBe(0);
  });
});
