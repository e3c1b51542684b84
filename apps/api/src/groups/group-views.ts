/** Group rows as PostgreSQL returns them, and their mapping to the contract. */
import type { GroupChannel, GroupMember, GroupOrganisation, GroupRole, GroupSummary } from '@klasteris/contracts';

export interface GroupSummaryRow {
  id: string;
  name: string;
  description: string;
  default_room_id: string;
  my_role: GroupRole | null;
  member_count: number;
  unread: number;
  last_activity_at: Date;
  organisations: GroupOrganisation[] | null;
}

/**
 * The summary columns for the person `$1`, with `g` the groups alias and
 * `gm` their membership (LEFT JOINed: admins see groups they are not in).
 * Unread counts messages from others after the person's read cursor, as
 * the rooms list does; activity is the newest message of any channel.
 */
export const GROUP_SUMMARY_COLUMNS = `
  g.id, g.name, g.description, gm.role AS my_role,
  (SELECT gc.room_id FROM group_channels gc WHERE gc.group_id = g.id AND gc.is_default) AS default_room_id,
  (SELECT count(*)::int FROM group_members x WHERE x.group_id = g.id) AS member_count,
  (SELECT coalesce(sum((
     SELECT count(*) FROM messages msg
      WHERE msg.room_id = rm.room_id AND msg.seq > rm.last_read_seq AND msg.author_id IS DISTINCT FROM $1
        AND msg.deleted_at IS NULL AND msg.hidden_at IS NULL)), 0)::int
     FROM group_channels gc JOIN room_members rm ON rm.room_id = gc.room_id AND rm.user_id = $1
    WHERE gc.group_id = g.id) AS unread,
  greatest(g.created_at, (
    SELECT max(newest.created_at) FROM group_channels gc
      JOIN rooms r ON r.id = gc.room_id
      JOIN messages newest ON newest.room_id = r.id AND newest.seq = r.last_seq
     WHERE gc.group_id = g.id)) AS last_activity_at,
  (SELECT jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'country', o.country) ORDER BY o.name)
     FROM group_organisations go JOIN organisations o ON o.id = go.organisation_id
    WHERE go.group_id = g.id) AS organisations`;

export function toGroupSummary(row: GroupSummaryRow): GroupSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    defaultRoomId: row.default_room_id,
    organisations: row.organisations ?? [],
    memberCount: row.member_count,
    unread: row.unread,
    // An administrator looking at a group they are not in sees it as a member would.
    myRole: row.my_role ?? 'member',
    lastActivityAt: row.last_activity_at.toISOString(),
  };
}

export interface GroupChannelRow {
  id: string;
  group_id: string;
  kind: GroupChannel['kind'];
  name: string;
  locked: boolean;
  slow_mode_seconds: number;
  last_seq: string | number;
  is_default: boolean;
  unread: number;
}

/** Channels of group `$1` for the person `$2`, the default first, then by name. */
export const GROUP_CHANNELS_QUERY = `
  SELECT r.id, gc.group_id, r.kind, r.name, r.locked, r.slow_mode_seconds, r.last_seq, gc.is_default,
         CASE WHEN rm.user_id IS NULL THEN 0 ELSE (
           SELECT count(*)::int FROM messages msg
            WHERE msg.room_id = r.id AND msg.seq > rm.last_read_seq AND msg.author_id IS DISTINCT FROM $2
              AND msg.deleted_at IS NULL AND msg.hidden_at IS NULL) END AS unread
    FROM group_channels gc
    JOIN rooms r ON r.id = gc.room_id
    LEFT JOIN room_members rm ON rm.room_id = r.id AND rm.user_id = $2
   WHERE gc.group_id = $1
   ORDER BY gc.is_default DESC, lower(r.name), r.id`;

export function toGroupChannel(row: GroupChannelRow): GroupChannel {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    locked: row.locked,
    slowModeSeconds: row.slow_mode_seconds,
    lastSeq: Number(row.last_seq),
    groupId: row.group_id,
    isDefault: row.is_default,
    unread: row.unread,
  };
}

export interface GroupMemberRow {
  id: string;
  display_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  role: GroupRole;
  direct: boolean;
}

/** Members of group `$1`: owners first, then by name. */
export const GROUP_MEMBERS_QUERY = `
  SELECT u.id, u.display_name, u.organisation_id, o.name AS organisation_name, gm.role, gm.direct
    FROM group_members gm
    JOIN users u ON u.id = gm.user_id
    LEFT JOIN organisations o ON o.id = u.organisation_id
   WHERE gm.group_id = $1
   ORDER BY gm.role = 'owner' DESC, lower(u.display_name), u.id`;

export function toGroupMember(row: GroupMemberRow): GroupMember {
  return {
    id: row.id,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
    viaOrganisation: !row.direct,
  };
}
