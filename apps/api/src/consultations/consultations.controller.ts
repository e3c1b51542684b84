/** Consultation REST routes: create, list, read, start and end (start and end are announced to the room). */
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Consultation, Page } from '@klasteris/contracts';

import { CurrentUser, Roles, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { ConsultationAnnouncer } from './consultation-announcer';
import { ConsultationsService } from './consultations.service';
import { CreateConsultationDto } from './dto/create-consultation.dto';
import { ListConsultationsQuery } from './dto/list-consultations.query';

@ApiTags('consultations')
@ApiBearerAuth()
@SignedIn()
@Controller('consultations')
export class ConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly announcer: ConsultationAnnouncer,
  ) {}

  @Roles('lecturer', 'admin')
  @Post()
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateConsultationDto): Promise<Consultation> {
    return this.consultations.create(user, body);
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListConsultationsQuery): Promise<Page<Consultation>> {
    return this.consultations.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<Consultation> {
    return this.consultations.get(user, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  async start(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<Consultation> {
    const { consultation, changed } = await this.consultations.start(user, id);
    if (changed) await this.announcer.changed(id);
    return consultation;
  }

  @Post(':id/end')
  @HttpCode(200)
  async end(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<Consultation> {
    const { consultation, changed } = await this.consultations.end(user, id);
    if (changed) await this.announcer.changed(id);
    return consultation;
  }
}
