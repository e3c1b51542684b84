/** `POST /api/reports`: any signed-in person reports a message or question they can see. */
import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Report } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../../accounts/access.decorators';
import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { CreateReportDto } from '../dto/create-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('moderation')
@ApiBearerAuth()
@SignedIn()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateReportDto): Promise<Report> {
    return this.reports.file(user, body);
  }
}
