/** Who holds office hours, and the slots each offers (UTC). */
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LecturerSummary, Page, Slot } from '@klasteris/contracts';

import { SignedIn } from '../accounts/access.decorators';
import { uuidParam } from '../accounts/validation/uuid-param';
import { AvailabilityService } from './availability.service';
import { ListLecturersQuery } from './dto/list-lecturers.query';
import { SlotsQuery } from './dto/slots.query';

@ApiTags('office-hours')
@ApiBearerAuth()
@Controller('lecturers')
export class LecturersController {
  constructor(private readonly availability: AvailabilityService) {}

  @SignedIn()
  @Get()
  list(@Query() query: ListLecturersQuery): Promise<Page<LecturerSummary>> {
    return this.availability.lecturers(query);
  }

  @SignedIn()
  @Get(':id/slots')
  slots(@Param('id', uuidParam('id')) lecturerId: string, @Query() query: SlotsQuery): Promise<Slot[]> {
    return this.availability.slots(lecturerId, query.from, query.to);
  }
}
