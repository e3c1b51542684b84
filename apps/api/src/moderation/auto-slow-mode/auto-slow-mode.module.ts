/**
 * Automatic slow mode: the admins' thresholds (`/api/admin/moderation-settings`)
 * and AutoSlowMode, which watches rooms after messages and reports. The
 * periodic sweep is AutoSlowModeJobsModule's, for processes that run jobs.
 */
import { Module } from '@nestjs/common';

import { RoomsModule } from '../../rooms/rooms.module';
import { ModerationAuditModule } from '../audit/moderation-audit.module';
import { AutoSlowModeSettingsService } from './auto-slow-mode-settings.service';
import { AutoSlowMode } from './auto-slow-mode.service';
import { ModerationSettingsController } from './moderation-settings.controller';
import { RoomActivityReader } from './room-activity';
import { SlowModeSwitcher } from './slow-mode-switcher';

@Module({
  imports: [RoomsModule, ModerationAuditModule],
  controllers: [ModerationSettingsController],
  providers: [AutoSlowModeSettingsService, AutoSlowMode, RoomActivityReader, SlowModeSwitcher],
  exports: [AutoSlowMode],
})
export class AutoSlowModeModule {}
