/**
 * Moderation: reports and the moderators' queue, actions on messages,
 * questions, people and rooms, the append-only audit log, the banned-word
 * filter and automatic slow mode. The rooms and consultations gateways use
 * ContentFilter on what people send; everything else is REST.
 */
import { Module } from '@nestjs/common';

import { ConsultationsModule } from '../consultations/consultations.module';
import { RoomsModule } from '../rooms/rooms.module';
import { ItemActions } from './actions/item-actions';
import { ModerationActionsService } from './actions/moderation-actions.service';
import { PersonActions } from './actions/person-actions';
import { RoomControls } from './actions/room-controls.service';
import { AuditLogService } from './audit/audit-log.service';
import { ModerationAuditModule } from './audit/moderation-audit.module';
import { AutoSlowModeModule } from './auto-slow-mode/auto-slow-mode.module';
import { BannedWordsModule } from './banned-words/banned-words.module';
import { ModerationController } from './moderation.controller';
import { ModerationNotices } from './moderation-notices';
import { ModerationQueueService } from './queue/moderation-queue.service';
import { ContentFilter } from './reports/content-filter';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { ModeratedRoomsService } from './rooms/moderated-rooms.service';

@Module({
  imports: [RoomsModule, ConsultationsModule, ModerationAuditModule, BannedWordsModule, AutoSlowModeModule],
  controllers: [ReportsController, ModerationController],
  providers: [
    // Reports and the queue
    ReportsService,
    ModerationQueueService,
    ModerationNotices,
    ContentFilter,
    // Actions and the audit log
    ModerationActionsService,
    ItemActions,
    PersonActions,
    RoomControls,
    AuditLogService,
    ModeratedRoomsService,
  ],
  exports: [ContentFilter, ItemActions, RoomControls, ModerationAuditModule],
})
export class ModerationModule {}
