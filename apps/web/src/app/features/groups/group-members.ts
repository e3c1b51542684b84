/**
 * The member list grouped by organisation, so people see at a glance which
 * municipalities, NGOs and businesses take part. Pure, for unit tests.
 */
import type { GroupMember, Uuid } from '@klasteris/contracts';

import type { MentionCandidate } from '../../core/live/room/mentions';

export interface OrganisationMembers {
  /** Null for people with no organisation. */
  organisationId: Uuid | null;
  organisationName: string | null;
  members: GroupMember[];
}

/** Organisations by name (people without one last), members by name; owners first within each. */
export function membersByOrganisation(members: readonly GroupMember[]): OrganisationMembers[] {
  const byOrganisation = new Map<string, OrganisationMembers>();
  for (const member of members) {
    const key = member.organisationId ?? '';
    let entry = byOrganisation.get(key);
    if (entry === undefined) {
      entry = { organisationId: member.organisationId, organisationName: member.organisationName, members: [] };
      byOrganisation.set(key, entry);
    }
    entry.members.push(member);
  }
  const groups = [...byOrganisation.values()];
  for (const group of groups) {
    group.members.sort(
      (a, b) =>
        Number(b.role === 'owner') - Number(a.role === 'owner') || a.displayName.localeCompare(b.displayName, 'lt'),
    );
  }
  return groups.sort((a, b) => {
    if (a.organisationName === null) return b.organisationName === null ? 0 : 1;
    if (b.organisationName === null) return -1;
    return a.organisationName.localeCompare(b.organisationName, 'lt');
  });
}

/** Everyone in the group, as people one may @mention. */
export function mentionCandidates(members: readonly GroupMember[]): MentionCandidate[] {
  return members.map((member) => ({
    id: member.id,
    displayName: member.displayName,
    organisationName: member.organisationName,
  }));
}
