/**
 * The member list grouped by organisation, so people see at a glance which
 * municipalities, NGOs and businesses take part. Pure, for unit tests.
 */
import type { GroupMember, GroupRole, Uuid } from '@klasteris/contracts';

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

/**
 * The role each person could be given from the member list, by someone who
 * manages the group: members may become owners, owners members again, but
 * never the last owner (the server refuses that, as it refuses their leaving).
 */
export function offeredRoleChanges(members: readonly GroupMember[], canManage: boolean): ReadonlyMap<Uuid, GroupRole> {
  const offered = new Map<Uuid, GroupRole>();
  if (!canManage) return offered;
  const owners = members.filter((member) => member.role === 'owner').length;
  for (const member of members) {
    if (member.role === 'member') offered.set(member.id, 'owner');
    else if (owners > 1) offered.set(member.id, 'member');
  }
  return offered;
}

/** Everyone in the group, as people one may @mention. */
export function mentionCandidates(members: readonly GroupMember[]): MentionCandidate[] {
  return members.map((member) => ({
    id: member.id,
    displayName: member.displayName,
    organisationName: member.organisationName,
  }));
}
