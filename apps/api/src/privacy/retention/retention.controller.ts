/** REST for admins: the retention period of hidden and deleted content (`/api/admin/retention`). */
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RetentionSettings } from '@klasteris/contracts';

import { Roles } from '../../accounts/access.decorators';
import { UpdateRetentionDto } from '../dto/update-retention.dto';
import { RetentionService } from './retention.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  get(): Promise<RetentionSettings> {
    return this.retention.settings();
  }

  @Put()
  update(@Body() body: UpdateRetentionDto): Promise<RetentionSettings> {
    return this.retention.setDays(body.days);
  }
}
