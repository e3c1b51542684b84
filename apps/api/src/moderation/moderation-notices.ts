/**
 * Who hears about moderation, through the Notifier (kind `moderation`), in
 * each reader's language (the templates hold both):
 * - every moderator and admin once per item and round of reports (the key
 *   is the round's first open report), not once per report;
 * - each reporter once per report, of the outcome, without details about
 *   the other person beyond what the reporter saw;
 * - the person acted on (hidden or deleted item, muted, banned).
 * Callers send after their transaction committed and do not wait for it.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportTargetType } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { channelMessageLink } from '../groups/mention-notifications';
import { NotificationEvent, Notifier } from '../notifications/notifier';

export const MODERATION_QUEUE_LINK = '/moderation';

export interface ClosedReport {
  id: string;
  reporterId: string;
}

@Injectable()
export class ModerationNotices {
  private readonly logger = new Logger(ModerationNotices.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
  ) {}

  /** Fire and forget: a failure is logged, the moderation already happened. */
  send(work: () => Promise<NotificationEvent[]>): void {
    work()
      .then((events) => this.notifier.notify(events))
      .catch((error: unknown) => this.logger.error(`Moderation notice not sent: ${String(error)}`));
  }

  async reportFiled(item: { type: ReportTargetType; id: string; roomId: string }, reason: string) {
    const [round] = (await this.db.query(
      `SELECT rp.id, r.name AS room_name FROM reports rp JOIN rooms r ON r.id = rp.room_id
        WHERE rp.target_type = $1 AND rp.target_id = $2 AND rp.status = 'open'
        ORDER BY rp.created_at, rp.id LIMIT 1`,
      [item.type, item.id],
    )) as { id: string; room_name: string }[];
    if (!round) return [];
    const moderators = (await this.db.query(
      `SELECT id FROM users WHERE role IN ('moderator', 'admin') AND deactivated_at IS NULL`,
    )) as { id: string }[];
    return moderators.map((moderator): NotificationEvent => ({
      key: `report-filed:${round.id}:${moderator.id}`,
      recipientId: moderator.id,
      kind: 'moderation',
      params: { action: 'report', targetType: item.type, roomName: round.room_name, reason },
      link: MODERATION_QUEUE_LINK,
    }));
  }

  reportsClosed(
    reports: ClosedReport[],
    outcome: { dismissed: true } | { dismissed: false; action: string },
    where: { roomName: string; link: string | null },
  ): NotificationEvent[] {
    const params: Record<string, string> = outcome.dismissed
      ? { action: 'report_dismissed', roomName: where.roomName }
      : { action: 'report_resolved', outcome: outcome.action, roomName: where.roomName };
    return reports.map((report) => ({
      key: `report-outcome:${report.id}`,
      recipientId: report.reporterId,
      kind: 'moderation',
      params,
      link: where.link,
    }));
  }

  actedOn(
    auditId: string,
    userId: string,
    action: string,
    where: { roomName: string; link: string | null; targetType?: ReportTargetType },
    reason: string,
  ): NotificationEvent[] {
    const params: Record<string, string> = { action, roomName: where.roomName, reason };
    if (where.targetType) params['targetType'] = where.targetType;
    return [
      {
        key: `moderation-action:${auditId}:${userId}`,
        recipientId: userId,
        kind: 'moderation',
        params,
        link: where.link,
      },
    ];
  }

  /** Where an item lives in the web client: a channel scrolled to the message, or the consultation. */
  async itemLink(roomId: string, seq: number | null): Promise<string> {
    const [row] = (await this.db.query(
      `SELECT r.kind, gc.group_id FROM rooms r LEFT JOIN group_channels gc ON gc.room_id = r.id WHERE r.id = $1`,
      [roomId],
    )) as { kind: string; group_id: string | null }[];
    if (row?.group_id && seq !== null) return channelMessageLink(row.group_id, roomId, seq);
    if (row?.group_id) return `/groups/${row.group_id}/channels/${roomId}`;
    return `/consultations/${roomId}`;
  }
}
