/** REST for admins: the job queues (`/api/admin/queues`), their failed jobs, and retrying one. */
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FailedJob, Page, QueueSummary, RetriedJob } from '@klasteris/contracts';

import { Roles } from '../accounts/access.decorators';
import { AdminPageQuery } from './dto/page.query';
import { QueuesAdminService } from './queues-admin.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queues')
export class QueuesAdminController {
  constructor(private readonly queues: QueuesAdminService) {}

  @Get()
  async list(): Promise<Page<QueueSummary>> {
    return { items: await this.queues.summaries(), nextCursor: null };
  }

  @Get(':name/failed')
  failed(@Param('name') name: string, @Query() query: AdminPageQuery): Promise<Page<FailedJob>> {
    return this.queues.failed(name, query.cursor, query.limit);
  }

  @Post(':name/jobs/:id/retry')
  @HttpCode(200)
  retry(@Param('name') name: string, @Param('id') id: string): Promise<RetriedJob> {
    return this.queues.retry(name, id);
  }
}
