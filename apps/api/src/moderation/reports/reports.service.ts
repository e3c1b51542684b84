/**
 * Reports: any person who can see an item reports it once (the unique index
 * decides, whatever the code does); the banned-word filter files one of its
 * own per held item; an action on the item or a dismissal closes the item's
 * open reports and tells each reporter the outcome.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MODERATION_REASON_MAX_LENGTH,
  type ModerationAuditEntry,
  type Report,
  type ReportTargetType,
} from '@klasteris/contracts';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { isUniqueViolation } from '../../accounts/unique-violation';
import { DomainError } from '../../platform/errors/domain-error';
import { returnedRow } from '../../programmes/returned-row';
import { canModerate, RoomsService } from '../../rooms/rooms.service';
import { ModerationAudit } from '../audit/moderation-audit';
import { AutoSlowMode } from '../auto-slow-mode/auto-slow-mode.service';
import type { CreateReportDto } from '../dto/create-report.dto';
import type { DismissReportsDto } from '../dto/dismiss-reports.dto';
import { loadItem, ModeratedItem } from '../items/moderated-item';
import { ClosedReport, ModerationNotices } from '../moderation-notices';
import { alreadyReported, itemNotFound, noOpenReports } from '../moderation.errors';

interface ReportRow {
  id: string;
  target_type: ReportTargetType;
  target_id: string;
  reason: string;
  status: Report['status'];
  created_at: Date;
}

export interface HeldItem {
  type: ReportTargetType;
  id: string;
  roomId: string;
}

@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly audit: ModerationAudit,
    private readonly notices: ModerationNotices,
    private readonly autoSlowMode: AutoSlowMode,
  ) {}

  /** 404 for an item the person cannot see (or that is deleted), 409 for a second report of it. */
  async file(user: AuthenticatedUser, input: CreateReportDto): Promise<Report> {
    const item = await this.visibleItem(user, input.targetType, input.targetId);
    let rows: ReportRow[];
    try {
      rows = (await this.db.query(
        `INSERT INTO reports (target_type, target_id, room_id, reporter_id, reason) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, target_type, target_id, reason, status, created_at`,
        [item.type, item.id, item.roomId, user.id, input.reason],
      )) as ReportRow[];
    } catch (error) {
      if (isUniqueViolation(error, 'reports_once_per_reporter_key')) throw alreadyReported();
      throw error;
    }
    this.afterFiled(item, input.reason);
    return toReport(returnedRow(rows));
  }

  /** The banned-word filter's report of an item it holds; once per item. */
  async fileByFilter(item: HeldItem, reason: string): Promise<void> {
    const clipped = reason.slice(0, MODERATION_REASON_MAX_LENGTH);
    const rows = (await this.db.query(
      `INSERT INTO reports (target_type, target_id, room_id, reporter_id, by_filter, reason)
       VALUES ($1, $2, $3, NULL, true, $4)
       ON CONFLICT (target_type, target_id) WHERE by_filter DO NOTHING
       RETURNING id`,
      [item.type, item.id, item.roomId, clipped],
    )) as unknown[];
    if (rows.length > 0) this.afterFiled(item, clipped);
  }

  /** In an action's transaction: the item's open reports become resolved by that audit entry. */
  async resolveOpen(manager: EntityManager, item: Pick<ModeratedItem, 'type' | 'id'>, auditId: string) {
    const [rows] = (await manager.query(
      `UPDATE reports SET status = 'resolved', resolved_at = now(), resolution_audit_id = $3
        WHERE target_type = $1 AND target_id = $2 AND status = 'open'
        RETURNING id, reporter_id`,
      [item.type, item.id, auditId],
    )) as [{ id: string; reporter_id: string | null }[], number];
    return closedByPeople(rows);
  }

  /** Closes the item's open reports with no action on it: one audit entry, each reporter told. */
  async dismiss(user: AuthenticatedUser, input: DismissReportsDto): Promise<ModerationAuditEntry> {
    const { auditId, closed, roomId, roomName, seq } = await this.db.transaction(async (manager) => {
      const open = (await manager.query(
        `SELECT id, room_id FROM reports WHERE target_type = $1 AND target_id = $2 AND status = 'open' FOR UPDATE`,
        [input.targetType, input.targetId],
      )) as { id: string; room_id: string }[];
      const first = open[0];
      if (!first) throw noOpenReports();
      const item = await loadItem(manager, input.targetType, input.targetId);
      const auditId = await this.audit.record(
        {
          action: 'dismiss',
          actorId: user.id,
          roomId: item?.roomId ?? first.room_id,
          targetType: input.targetType,
          targetId: input.targetId,
          targetUserId: item?.authorId ?? null,
          reason: input.reason,
        },
        manager,
      );
      const [rows] = (await manager.query(
        `UPDATE reports SET status = 'dismissed', resolved_at = now(), resolution_audit_id = $3
          WHERE target_type = $1 AND target_id = $2 AND status = 'open'
          RETURNING id, reporter_id`,
        [input.targetType, input.targetId, auditId],
      )) as [{ id: string; reporter_id: string | null }[], number];
      return {
        auditId,
        closed: closedByPeople(rows),
        roomId: item?.roomId ?? first.room_id,
        roomName: item?.roomName ?? '',
        seq: item?.type === 'message' ? item.seq : null,
      };
    });
    this.notices.send(async () =>
      this.notices.reportsClosed(
        closed,
        { dismissed: true },
        { roomName, link: await this.notices.itemLink(roomId, seq) },
      ),
    );
    return this.audit.entry(auditId);
  }

  private afterFiled(item: HeldItem, reason: string): void {
    this.notices.send(() => this.notices.reportFiled(item, reason));
    this.autoSlowMode
      .reportFiled(item.roomId)
      .catch((error: unknown) => this.logger.warn(`Automatic slow mode after a report: ${String(error)}`));
  }

  /** The item if the person may read its room and see it; refused as not found otherwise. */
  private async visibleItem(user: AuthenticatedUser, type: ReportTargetType, id: string): Promise<ModeratedItem> {
    const item = await loadItem(this.db.manager, type, id);
    if (!item || item.deleted) throw itemNotFound(type);
    try {
      await this.rooms.assertCanRead(user, item.roomId);
    } catch (error) {
      if (error instanceof DomainError) throw itemNotFound(type);
      throw error;
    }
    const own = item.authorId === user.id;
    const seen = canModerate(user) || ((!item.hidden || (item.held && own)) && (item.published || own));
    if (!seen) throw itemNotFound(type);
    return item;
  }
}

function closedByPeople(rows: { id: string; reporter_id: string | null }[]): ClosedReport[] {
  return rows.flatMap((row) => (row.reporter_id ? [{ id: row.id, reporterId: row.reporter_id }] : []));
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    status: row.status,
    createdAt: row.created_at.toISOString(),
  };
}
