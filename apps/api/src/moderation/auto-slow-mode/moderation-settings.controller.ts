/** REST for admins: when slow mode switches on by itself (`/api/admin/moderation-settings`). */
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AutoSlowModeSettings } from '@klasteris/contracts';

import { Roles } from '../../accounts/access.decorators';
import { AutoSlowModeSettingsService } from './auto-slow-mode-settings.service';
import { AutoSlowModeSettingsDto } from './dto/auto-slow-mode-settings.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/moderation-settings')
export class ModerationSettingsController {
  constructor(private readonly settings: AutoSlowModeSettingsService) {}

  @Get()
  get(): Promise<AutoSlowModeSettings> {
    return this.settings.get();
  }

  @Put()
  save(@Body() body: AutoSlowModeSettingsDto): Promise<AutoSlowModeSettings> {
    return this.settings.save(body);
  }
}
