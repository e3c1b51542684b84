/** A lecturer's own availability: read it (defaults before the first save) and replace it. */
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OfficeHours } from '@klasteris/contracts';

import { CurrentUser, Roles } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { AvailabilityService } from './availability.service';
import { UpdateOfficeHoursDto } from './dto/update-office-hours.dto';

@ApiTags('office-hours')
@ApiBearerAuth()
@Controller('office-hours')
export class OfficeHoursController {
  constructor(private readonly availability: AvailabilityService) {}

  @Roles('lecturer', 'admin')
  @Get()
  get(@CurrentUser() user: AuthenticatedUser): Promise<OfficeHours> {
    return this.availability.get(user.id);
  }

  @Roles('lecturer', 'admin')
  @Put()
  put(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateOfficeHoursDto): Promise<OfficeHours> {
    return this.availability.put(user.id, body);
  }
}
