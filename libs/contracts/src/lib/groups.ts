/**
 * Working groups: cross-organisation discussions with channels (each a room),
 * members added one by one or by whole organisation, and full-text search.
 */
import type { Country, OrganisationKind } from './accounts';
import type { IsoDateTime, Uuid } from './common';
import type { Message, Room } from './rooms';

export const GROUP_ROLES = ['owner', 'member'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export interface GroupOrganisation {
  id: Uuid;
  name: string;
  kind: OrganisationKind;
  country: Country;
}

/** `GET /api/groups`: the person's groups, most recent activity first. */
export interface GroupSummary {
  id: Uuid;
  name: string;
  description: string;
  defaultRoomId: Uuid;
  organisations: GroupOrganisation[];
  memberCount: number;
  /** Unread messages from others over all channels of the group. */
  unread: number;
  myRole: GroupRole;
  lastActivityAt: IsoDateTime;
}

export interface GroupChannel extends Room {
  groupId: Uuid;
  isDefault: boolean;
  unread: number;
}

export interface GroupMember {
  /** The person's user id. */
  id: Uuid;
  displayName: string;
  organisationId: Uuid | null;
  organisationName: string | null;
  role: GroupRole;
  /** In the group because their organisation takes part (not added one by one). */
  viaOrganisation: boolean;
}

/** `GET /api/groups/:id` */
export interface GroupDetail extends GroupSummary {
  channels: GroupChannel[];
  members: GroupMember[];
  /** The caller may add members and organisations and create channels. */
  canManage: boolean;
}

/** `POST /api/groups` → 201 `{id, defaultRoomId}` (a GroupDetail). */
export interface CreateGroupRequest {
  name: string;
  description: string;
  organisationIds?: Uuid[];
}

/** `POST /api/groups/:id/members`: exactly one of the two. */
export interface AddGroupMemberRequest {
  userId?: Uuid;
  organisationId?: Uuid;
}

/**
 * `PATCH /api/groups/:id/members/:userId` (owners, admins) → 200 GroupDetail:
 * make a member an owner, or an owner a member again. A group keeps at least
 * one owner: taking the role from the last one is refused (409 CONFLICT).
 */
export interface UpdateGroupMemberRequest {
  role: GroupRole;
}

/** `GET /api/groups/:id/candidates?query=` (owners, admins): people who could be added one by one. */
export interface GroupCandidate {
  id: Uuid;
  displayName: string;
  organisationName: string | null;
}

/** `POST /api/groups/:id/channels` → 201 GroupChannel */
export interface CreateChannelRequest {
  name: string;
}

/** A piece of a search snippet; `match` parts are the words that matched (render highlighted). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** `GET /api/groups/:id/search?q=&cursor=` → Page of these, best first. */
export interface GroupSearchHit {
  message: Message;
  channelName: string;
  snippet: SnippetPart[];
  rank: number;
}

/** Server → person: a channel they may read got a message (for live unread counts). */
export interface RoomActivity {
  roomId: Uuid;
  groupId: Uuid | null;
  lastSeq: number;
  authorId: Uuid;
}
