/**
 * Working groups: who may see and manage a group, its members (one by one or
 * by whole organisation), organisations and channels. Membership is written
 * here; room access follows it in the database (the groups migration's
 * triggers keep `room_members` in step), and the live side is told here:
 * people added join the group's live channel, people removed leave it and
 * every channel room, on every node.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  GroupCandidate,
  GroupChannel,
  GroupDetail,
  GroupRole,
  GroupSummary,
  Locale,
  Page,
} from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { isUniqueViolation } from '../accounts/unique-violation';
import { LivePublisher } from '../platform/realtime/live-publisher';
import { returnedRow } from '../programmes/returned-row';
import type { CreateChannelDto } from './dto/create-channel.dto';
import type { CreateGroupDto } from './dto/create-group.dto';
import {
  GROUP_CHANNELS_QUERY,
  GROUP_MEMBERS_QUERY,
  GROUP_SUMMARY_COLUMNS,
  GroupChannelRow,
  GroupMemberRow,
  GroupSummaryRow,
  toGroupChannel,
  toGroupMember,
  toGroupSummary,
} from './group-views';
import {
  channelNameTaken,
  exactlyOneMember,
  groupNotFound,
  lastOwnerCannotLeave,
  lastOwnerCannotStepDown,
  notAGroupManager,
  notAGroupMember,
  organisationNotTakingPart,
  unknownOrganisations,
  unknownPerson,
} from './groups.errors';
import type { ChannelRef } from './mention-notifications';

/** The same advisory lock class the users trigger takes (migration 1764400005000). */
const ORGANISATION_MEMBERSHIP_LOCK = 741_852_965;
const DEFAULT_CHANNEL_NAME: Record<Locale, string> = { lt: 'bendras', en: 'general' };
const GROUPS_LIMIT = 200;
/** Channels never move between groups, so what a room belongs to is kept once read; this bounds the memory. */
const CHANNEL_CACHE_LIMIT = 20_000;

export interface GroupAccess {
  /** The person's role, or null for an administrator who is not a member. */
  role: GroupRole | null;
  canManage: boolean;
}

@Injectable()
export class GroupsService {
  private readonly channelCache = new Map<string, ChannelRef | null>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly publisher: LivePublisher,
  ) {}

  /** Members see a group, administrators every group; for anyone else it does not exist. */
  async assertCanSee(user: AuthenticatedUser, groupId: string): Promise<GroupAccess> {
    const [row] = (await this.db.query(
      `SELECT gm.role FROM groups g LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = $2 WHERE g.id = $1`,
      [groupId, user.id],
    )) as { role: GroupRole | null }[];
    if (!row || (row.role === null && user.role !== 'admin')) throw groupNotFound();
    return { role: row.role, canManage: row.role === 'owner' || user.role === 'admin' };
  }

  async assertCanManage(user: AuthenticatedUser, groupId: string): Promise<GroupAccess> {
    const access = await this.assertCanSee(user, groupId);
    if (!access.canManage) throw notAGroupManager();
    return access;
  }

  async create(user: AuthenticatedUser, input: CreateGroupDto): Promise<GroupDetail> {
    const organisationIds = [...new Set(input.organisationIds ?? [])];
    const { groupId, memberIds } = await this.db.transaction(async (manager) => {
      await this.assertOrganisationsExist(manager, organisationIds, 'organisationIds');
      const group = returnedRow(
        (await manager.query(`INSERT INTO groups (name, description, created_by) VALUES ($1, $2, $3) RETURNING id`, [
          input.name,
          input.description,
          user.id,
        ])) as { id: string }[],
      );
      await this.insertChannel(manager, group.id, DEFAULT_CHANNEL_NAME[user.locale], true);
      await manager.query(
        `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation) VALUES ($1, $2, 'owner', true, false)`,
        [group.id, user.id],
      );
      const added = [user.id];
      for (const organisationId of organisationIds)
        added.push(...(await this.addOrganisation(manager, group.id, organisationId)));
      return { groupId: group.id, memberIds: added };
    });
    this.publisher.addUsersToGroup([...new Set(memberIds)], groupId);
    return this.detail(user, groupId);
  }

  /** The person's groups, latest activity first, with their unread totals. */
  async list(user: AuthenticatedUser): Promise<Page<GroupSummary>> {
    const rows = (await this.db.query(
      `SELECT * FROM (
         SELECT ${GROUP_SUMMARY_COLUMNS}
           FROM group_members gm JOIN groups g ON g.id = gm.group_id
          WHERE gm.user_id = $1
       ) mine ORDER BY last_activity_at DESC, id LIMIT ${GROUPS_LIMIT}`,
      [user.id],
    )) as GroupSummaryRow[];
    return { items: rows.map(toGroupSummary), nextCursor: null };
  }

  async detail(user: AuthenticatedUser, groupId: string): Promise<GroupDetail> {
    const access = await this.assertCanSee(user, groupId);
    const [[summary], channels, members] = await Promise.all([
      this.db.query(
        `SELECT ${GROUP_SUMMARY_COLUMNS} FROM groups g LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.user_id = $1
          WHERE g.id = $2`,
        [user.id, groupId],
      ) as Promise<GroupSummaryRow[]>,
      this.db.query(GROUP_CHANNELS_QUERY, [groupId, user.id]) as Promise<GroupChannelRow[]>,
      this.db.query(GROUP_MEMBERS_QUERY, [groupId]) as Promise<GroupMemberRow[]>,
    ]);
    if (!summary) throw groupNotFound();
    return {
      ...toGroupSummary(summary),
      channels: channels.map(toGroupChannel),
      members: members.map(toGroupMember),
      canManage: access.canManage,
    };
  }

  /** Adds one person, or a whole organisation (its people now, and by the users trigger those who join it later). */
  async addMember(
    user: AuthenticatedUser,
    groupId: string,
    input: { userId?: string; organisationId?: string },
  ): Promise<GroupDetail> {
    if ((input.userId === undefined) === (input.organisationId === undefined)) throw exactlyOneMember();
    await this.assertCanManage(user, groupId);
    const added = await this.db.transaction(async (manager) => {
      if (input.organisationId !== undefined) {
        await this.assertOrganisationsExist(manager, [input.organisationId], 'organisationId');
        return this.addOrganisation(manager, groupId, input.organisationId);
      }
      const [person] = (await manager.query(`SELECT id FROM users WHERE id = $1`, [input.userId])) as { id: string }[];
      if (!person) throw unknownPerson();
      await manager.query(
        `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation) VALUES ($1, $2, 'member', true, false)
         ON CONFLICT (group_id, user_id) DO UPDATE SET direct = true`,
        [groupId, person.id],
      );
      return [person.id];
    });
    this.publisher.addUsersToGroup(added, groupId);
    return this.detail(user, groupId);
  }

  /**
   * Leaving (yourself) or removing someone (owners and administrators). The
   * group row is locked so two owners leaving at once cannot leave it with none.
   */
  async removeMember(user: AuthenticatedUser, groupId: string, memberId: string): Promise<void> {
    const access = await this.assertCanSee(user, groupId);
    if (memberId !== user.id && !access.canManage) throw notAGroupManager();
    const channelIds = await this.db.transaction(async (manager) => {
      const member = await this.lockedMembership(manager, groupId, memberId);
      if (member.role === 'owner' && member.owners <= 1) throw lastOwnerCannotLeave();
      await manager.query(`DELETE FROM group_members WHERE group_id = $1 AND user_id = $2`, [groupId, memberId]);
      return this.channelIds(manager, groupId);
    });
    this.takeOutOfGroup([memberId], groupId, channelIds);
  }

  /**
   * Owners and administrators make a member an owner, or an owner a member
   * again (themselves included). Under the same group lock as leaving, so a
   * group never ends up with no owner. An owner is always in the group in
   * their own right (`direct`): taking their organisation out of the group
   * does not take them with it, and stepping down later keeps them in.
   */
  async setMemberRole(
    user: AuthenticatedUser,
    groupId: string,
    memberId: string,
    role: GroupRole,
  ): Promise<GroupDetail> {
    await this.assertCanManage(user, groupId);
    await this.db.transaction(async (manager) => {
      const member = await this.lockedMembership(manager, groupId, memberId);
      if (member.role === role) return;
      if (member.role === 'owner' && member.owners <= 1) throw lastOwnerCannotStepDown();
      await manager.query(
        `UPDATE group_members SET role = $3::text, direct = direct OR $3::text = 'owner' WHERE group_id = $1 AND user_id = $2`,
        [groupId, memberId, role],
      );
    });
    return this.detail(user, groupId);
  }

  /** A member's role and the group's owner count, under the group row's lock that every change of owners takes. */
  private async lockedMembership(
    manager: EntityManager,
    groupId: string,
    memberId: string,
  ): Promise<{ role: GroupRole; owners: number }> {
    await manager.query(`SELECT 1 FROM groups WHERE id = $1 FOR UPDATE`, [groupId]);
    const [member] = (await manager.query(
      `SELECT role, (SELECT count(*)::int FROM group_members o WHERE o.group_id = $1 AND o.role = 'owner') AS owners
         FROM group_members WHERE group_id = $1 AND user_id = $2`,
      [groupId, memberId],
    )) as { role: GroupRole; owners: number }[];
    if (!member) throw notAGroupMember();
    return member;
  }

  /** The organisation stops taking part; its people who were not also added one by one leave. */
  async removeOrganisation(user: AuthenticatedUser, groupId: string, organisationId: string): Promise<void> {
    await this.assertCanManage(user, groupId);
    const { removed, channelIds } = await this.db.transaction(async (manager) => {
      const deleted = (await manager.query(
        `DELETE FROM group_organisations WHERE group_id = $1 AND organisation_id = $2 RETURNING organisation_id`,
        [groupId, organisationId],
      )) as [unknown[], number];
      if (deleted[1] === 0) throw organisationNotTakingPart();
      const gone = (await manager.query(
        `DELETE FROM group_members gm USING users u
          WHERE gm.group_id = $1 AND u.id = gm.user_id AND u.organisation_id = $2 AND NOT gm.direct
          RETURNING gm.user_id`,
        [groupId, organisationId],
      )) as [{ user_id: string }[], number];
      await manager.query(
        `UPDATE group_members gm SET via_organisation = false FROM users u
          WHERE gm.group_id = $1 AND u.id = gm.user_id AND u.organisation_id = $2 AND gm.via_organisation`,
        [groupId, organisationId],
      );
      return { removed: gone[0].map((row) => row.user_id), channelIds: await this.channelIds(manager, groupId) };
    });
    this.takeOutOfGroup(removed, groupId, channelIds);
  }

  /**
   * People an owner may add one by one: active accounts not yet in the group
   * whose name contains the query, ignoring case and diacritics. Owners see
   * names and organisations only, never e-mail addresses.
   */
  async candidates(user: AuthenticatedUser, groupId: string, query: string): Promise<Page<GroupCandidate>> {
    await this.assertCanManage(user, groupId);
    const rows = (await this.db.query(
      `SELECT u.id, u.display_name AS "displayName", o.name AS "organisationName"
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE u.deactivated_at IS NULL
          AND strpos(klasteris_fold(lower(u.display_name)), klasteris_fold(lower($2))) > 0
          AND NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $1 AND gm.user_id = u.id)
        ORDER BY lower(u.display_name), u.id
        LIMIT 20`,
      [groupId, query],
    )) as GroupCandidate[];
    return { items: rows, nextCursor: null };
  }

  /** A new channel: every member of the group may use it at once (the group_channels trigger adds them). */
  async createChannel(user: AuthenticatedUser, groupId: string, input: CreateChannelDto): Promise<GroupChannel> {
    await this.assertCanManage(user, groupId);
    let roomId: string;
    try {
      roomId = await this.db.transaction((manager) => this.insertChannel(manager, groupId, input.name, false));
    } catch (error) {
      if (isUniqueViolation(error, 'group_channels_name_key')) throw channelNameTaken();
      throw error;
    }
    const rows = (await this.db.query(`SELECT * FROM (${GROUP_CHANNELS_QUERY}) c WHERE c.id = $3`, [
      groupId,
      user.id,
      roomId,
    ])) as GroupChannelRow[];
    return toGroupChannel(returnedRow(rows));
  }

  /** The groups a person is in, for their sockets to join on connecting. */
  async groupIdsOf(userId: string): Promise<string[]> {
    const rows = (await this.db.query(`SELECT group_id FROM group_members WHERE user_id = $1`, [userId])) as {
      group_id: string;
    }[];
    return rows.map((row) => row.group_id);
  }

  async roleOf(userId: string, groupId: string): Promise<GroupRole | null> {
    const [row] = (await this.db.query(`SELECT role FROM group_members WHERE group_id = $1 AND user_id = $2`, [
      groupId,
      userId,
    ])) as { role: GroupRole }[];
    return row?.role ?? null;
  }

  /** The group a room is a channel of, or null; read once per room and process (it never changes). */
  async channelOf(roomId: string): Promise<ChannelRef | null> {
    const cached = this.channelCache.get(roomId);
    if (cached !== undefined) return cached;
    const [row] = (await this.db.query(
      `SELECT gc.group_id, g.name AS group_name, r.name AS channel_name
         FROM group_channels gc JOIN groups g ON g.id = gc.group_id JOIN rooms r ON r.id = gc.room_id
        WHERE gc.room_id = $1`,
      [roomId],
    )) as { group_id: string; group_name: string; channel_name: string }[];
    const channel = row ? { groupId: row.group_id, groupName: row.group_name, channelName: row.channel_name } : null;
    if (this.channelCache.size >= CHANNEL_CACHE_LIMIT) this.channelCache.clear();
    this.channelCache.set(roomId, channel);
    return channel;
  }

  private async insertChannel(
    manager: EntityManager,
    groupId: string,
    name: string,
    isDefault: boolean,
  ): Promise<string> {
    const room = returnedRow(
      (await manager.query(
        `INSERT INTO rooms (kind, name, audience, private) VALUES ('channel', $1, 'members', true) RETURNING id`,
        [name],
      )) as { id: string }[],
    );
    await manager.query(
      `INSERT INTO group_channels (room_id, group_id, is_default, name_key) VALUES ($1, $2, $3, lower($4))`,
      [room.id, groupId, isDefault, name],
    );
    return room.id;
  }

  /** Returns the people it added (or who were in already and now also through the organisation). */
  private async addOrganisation(manager: EntityManager, groupId: string, organisationId: string): Promise<string[]> {
    // The users trigger takes the same lock, so a person registering with the organisation meanwhile is not missed.
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2::text))`, [
      ORGANISATION_MEMBERSHIP_LOCK,
      organisationId,
    ]);
    await manager.query(
      `INSERT INTO group_organisations (group_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [groupId, organisationId],
    );
    const rows = (await manager.query(
      `INSERT INTO group_members (group_id, user_id, role, direct, via_organisation)
       SELECT $1, u.id, 'member', false, true FROM users u WHERE u.organisation_id = $2
       ON CONFLICT (group_id, user_id) DO UPDATE SET via_organisation = true
       RETURNING user_id`,
      [groupId, organisationId],
    )) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  private async assertOrganisationsExist(manager: EntityManager, ids: string[], field: string): Promise<void> {
    if (ids.length === 0) return;
    const [row] = (await manager.query(`SELECT count(*)::int AS found FROM organisations WHERE id = ANY($1::uuid[])`, [
      ids,
    ])) as { found: number }[];
    if (row?.found !== ids.length) throw unknownOrganisations(field);
  }

  private async channelIds(manager: EntityManager, groupId: string): Promise<string[]> {
    const rows = (await manager.query(`SELECT room_id FROM group_channels WHERE group_id = $1`, [groupId])) as {
      room_id: string;
    }[];
    return rows.map((row) => row.room_id);
  }

  /** Their sockets leave every channel and the group's live channel, in every tab and on every node. */
  private takeOutOfGroup(userIds: string[], groupId: string, channelIds: string[]): void {
    for (const userId of userIds) {
      this.publisher.removeUserFromGroup(userId, groupId);
      for (const roomId of channelIds) this.publisher.removeUserFromRoom(userId, roomId);
    }
  }
}
