/** The moderators' routes: the queue, dismissing reports, actions, the audit log and rooms to act on. */
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  ModeratedRoom,
  ModerationAuditEntry,
  ModerationAuditPage,
  Page,
  ReportedItem,
} from '@klasteris/contracts';

import { CurrentUser, Roles } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { ModerationActionsService } from './actions/moderation-actions.service';
import { AuditLogService } from './audit/audit-log.service';
import { DismissReportsDto } from './dto/dismiss-reports.dto';
import { ListAuditQuery } from './dto/list-audit.query';
import { ListReportsQuery } from './dto/list-reports.query';
import { ModeratedRoomsQuery } from './dto/moderated-rooms.query';
import { ModerationActionDto } from './dto/moderation-action.dto';
import { ModerationQueueService } from './queue/moderation-queue.service';
import { ReportsService } from './reports/reports.service';
import { ModeratedRoomsService } from './rooms/moderated-rooms.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('moderator', 'admin')
@Controller('moderation')
export class ModerationController {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly reports: ReportsService,
    private readonly actions: ModerationActionsService,
    private readonly auditLog: AuditLogService,
    private readonly rooms: ModeratedRoomsService,
  ) {}

  @Get('reports')
  reportQueue(@CurrentUser() user: AuthenticatedUser, @Query() query: ListReportsQuery): Promise<Page<ReportedItem>> {
    return this.queue.list(user, query);
  }

  @Post('reports/dismiss')
  @HttpCode(200)
  dismiss(@CurrentUser() user: AuthenticatedUser, @Body() body: DismissReportsDto): Promise<ModerationAuditEntry> {
    return this.reports.dismiss(user, body);
  }

  @Post('actions')
  act(@CurrentUser() user: AuthenticatedUser, @Body() body: ModerationActionDto): Promise<ModerationAuditEntry> {
    return this.actions.act(user, body);
  }

  @Get('audit')
  audit(@Query() query: ListAuditQuery): Promise<ModerationAuditPage> {
    return this.auditLog.list(query);
  }

  @Get('rooms')
  moderatedRooms(@Query() query: ModeratedRoomsQuery): Promise<ModeratedRoom[]> {
    return this.rooms.search(query.query ?? '');
  }
}
