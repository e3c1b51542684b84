import type { GroupMember } from '@klasteris/contracts';

import { mentionCandidates, membersByOrganisation } from './group-members';

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
