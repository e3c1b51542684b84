/** The audit log's writer, on its own so automatic slow mode and the moderators' actions share one. */
import { Module } from '@nestjs/common';

import { ModerationAudit } from './moderation-audit';

@Module({
  providers: [ModerationAudit],
  exports: [ModerationAudit],
})
export class ModerationAuditModule {}
