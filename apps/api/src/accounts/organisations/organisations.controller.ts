/** REST: `GET /api/organisations` (anyone: the registration form needs it), `POST` (admins). */
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Organisation, Page } from '@klasteris/contracts';

import { Public, Roles } from '../access.decorators';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Every organisation, by name; a short list, so one page. */
  @Public()
  @Get()
  async list(): Promise<Page<Organisation>> {
    return { items: await this.organisations.list(), nextCursor: null };
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  create(@Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(body);
  }
}
