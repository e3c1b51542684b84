/** REST for admins: the system health page (`GET /api/admin/system`). */
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SystemStatus } from '@klasteris/contracts';

import { Roles } from '../accounts/access.decorators';
import { SystemStatusService } from './system-status.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/system')
export class SystemStatusController {
  constructor(private readonly system: SystemStatusService) {}

  @Get()
  status(): Promise<SystemStatus> {
    return this.system.status();
  }
}
