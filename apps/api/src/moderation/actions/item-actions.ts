/**
 * Hide, restore and delete a message or question. Each runs in one
 * transaction with the item locked: the change, its audit entry, and the
 * item's open reports resolved by that entry. Then, live on every node:
 *
 * - hide: a message reaches only moderators and admins from then on
 *   (MessageBroadcast): they get it marked hidden in `message:updated`,
 *   everyone else in the room `message:hidden`. A question stays with a
 *   consultation's staff (presenters too), who get `question:updated`; the
 *   rest `question:hidden`.
 * - restore: clears hidden (and held), and the whole room gets it again. A
 *   question the filter held (pending) is published by restoring it.
 * - delete: a message is deleted as by its author (the seq stays, the text
 *   goes); a question is dismissed and hidden (questions are never removed,
 *   their numbering has no gaps).
 *
 * Reporters hear the outcome, the author what happened to their item.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationAuditEntry, ReportTargetType } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { QuestionBroadcast } from '../../consultations/question-broadcast';
import { MessageBroadcast } from '../../rooms/message-broadcast';
import { MessagesService } from '../../rooms/messages.service';
import { ModerationAudit } from '../audit/moderation-audit';
import { loadItem, loadQuestionRow, ModeratedItem } from '../items/moderated-item';
import { ModerationNotices } from '../moderation-notices';
import { itemNotFound, nothingToChange } from '../moderation.errors';
import { ReportsService } from '../reports/reports.service';

export type ItemAction = 'hide' | 'restore' | 'delete';

export interface ItemChange {
  action: ItemAction;
  actorId: string;
  roomId: string;
  targetType: ReportTargetType;
  targetId: string;
  reason: string;
}

const CHANGES: Record<ReportTargetType, Record<ItemAction, string>> = {
  message: {
    hide: `UPDATE messages SET hidden_at = coalesce(hidden_at, now()), hidden_by = $2, held = false WHERE id = $1`,
    restore: `UPDATE messages SET hidden_at = NULL, hidden_by = NULL, held = false WHERE id = $1 AND $2::uuid IS NOT NULL`,
    delete: `UPDATE messages SET deleted_at = now(), pinned_at = NULL, pinned_by = NULL WHERE id = $1 AND $2::uuid IS NOT NULL`,
  },
  question: {
    hide: `UPDATE questions SET hidden_at = now(), hidden_by = $2, version = version + 1, updated_at = now() WHERE id = $1`,
    restore: `UPDATE questions
                 SET hidden_at = NULL, hidden_by = NULL,
                     status = CASE WHEN status = 'pending' THEN 'open' ELSE status END,
                     published = published OR status = 'pending',
                     version = version + 1, updated_at = now()
               WHERE id = $1 AND $2::uuid IS NOT NULL`,
    delete: `UPDATE questions
                SET status = 'dismissed', pinned = false, hidden_at = coalesce(hidden_at, now()),
                    hidden_by = coalesce(hidden_by, $2), version = version + 1, updated_at = now()
              WHERE id = $1`,
  },
};

@Injectable()
export class ItemActions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: ModerationAudit,
    private readonly reports: ReportsService,
    private readonly messages: MessagesService,
    private readonly messageBroadcast: MessageBroadcast,
    private readonly questionBroadcast: QuestionBroadcast,
    private readonly notices: ModerationNotices,
  ) {}

  async apply(change: ItemChange): Promise<ModerationAuditEntry> {
    const { item, auditId, closed } = await this.db.transaction(async (manager) => {
      const item = await loadItem(manager, change.targetType, change.targetId, { lock: true });
      if (!item || item.roomId !== change.roomId) throw itemNotFound(change.targetType);
      assertChanges(change.action, item);
      await manager.query(CHANGES[item.type][change.action], [item.id, change.actorId]);
      const auditId = await this.audit.record(
        {
          action: change.action,
          actorId: change.actorId,
          roomId: item.roomId,
          targetType: item.type,
          targetId: item.id,
          targetUserId: item.authorId,
          reason: change.reason,
        },
        manager,
      );
      const closed = await this.reports.resolveOpen(manager, item, auditId);
      return { item, auditId, closed };
    });
    await this.publish(change.action, item);
    this.notices.send(async () => {
      const link = await this.notices.itemLink(item.roomId, item.type === 'message' ? item.seq : null);
      const where = { roomName: item.roomName, link };
      const authorTold =
        item.authorId && item.authorId !== change.actorId
          ? this.notices.actedOn(
              auditId,
              item.authorId,
              change.action,
              { ...where, targetType: item.type },
              change.reason,
            )
          : [];
      return [...this.notices.reportsClosed(closed, { dismissed: false, action: change.action }, where), ...authorTold];
    });
    return this.audit.entry(auditId);
  }

  private async publish(action: ItemAction, item: ModeratedItem): Promise<void> {
    if (item.type === 'message') {
      const message = await this.messages.get(item.id, 'moderator');
      if (action === 'hide') this.messageBroadcast.hidden(message);
      else this.messageBroadcast.message(action === 'delete' ? 'message:deleted' : 'message:updated', message);
      if (message.parentId) this.messageBroadcast.threadRoot(message.parentId);
      return;
    }
    const row = await loadQuestionRow(this.db.manager, item.id);
    if (!row) return;
    if (action === 'restore')
      this.questionBroadcast.question(item.published ? 'question:updated' : 'question:new', row);
    else this.questionBroadcast.hidden(row);
  }
}

/** Refuses an action that would change nothing (so the log holds only real changes). */
function assertChanges(action: ItemAction, item: ModeratedItem): void {
  switch (action) {
    case 'hide':
      if (item.deleted) throw nothingToChange(`This ${item.type} has been deleted`);
      if (item.hidden && !item.held) throw nothingToChange(`This ${item.type} is already hidden`);
      return;
    case 'restore':
      if (item.deleted) throw nothingToChange(`This ${item.type} has been deleted`);
      if (!item.hidden && item.published) throw nothingToChange(`This ${item.type} is not hidden`);
      return;
    case 'delete':
      if (item.deleted) throw nothingToChange(`This ${item.type} has already been deleted`);
      return;
  }
}
