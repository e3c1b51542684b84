/** Catalogue REST routes: list and read programmes, create programmes and modules, manage who teaches. */
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PersonRef, Programme, ProgrammeDetail, ProgrammeModule } from '@klasteris/contracts';

import { CurrentUser, Roles, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { CatalogueService } from './catalogue.service';
import { AddLecturerDto } from './dto/add-lecturer.dto';
import { CreateModuleDto } from './dto/create-module.dto';
import { CreateProgrammeDto } from './dto/create-programme.dto';
import { ProgrammeAuthoringService } from './programme-authoring.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly authoring: ProgrammeAuthoringService,
  ) {}

  @SignedIn()
  @Get()
  async list(@CurrentUser() user: AuthenticatedUser): Promise<Page<Programme>> {
    return { items: await this.catalogue.list(user), nextCursor: null };
  }

  @SignedIn()
  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<ProgrammeDetail> {
    return this.catalogue.detail(user, id);
  }

  @Roles('lecturer', 'admin')
  @Post()
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateProgrammeDto): Promise<ProgrammeDetail> {
    const id = await this.authoring.createProgramme(user, body);
    return this.catalogue.detail(user, id);
  }

  @Roles('lecturer', 'admin')
  @Post(':id/modules')
  addModule(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateModuleDto,
  ): Promise<ProgrammeModule> {
    return this.authoring.addModule(user, id, body);
  }

  @Roles('admin')
  @Post(':id/lecturers')
  @HttpCode(200)
  async addLecturer(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AddLecturerDto,
  ): Promise<{ items: PersonRef[] }> {
    return { items: await this.authoring.addLecturer(id, body.userId) };
  }

  @Roles('admin')
  @Delete(':id/lecturers/:userId')
  async removeLecturer(
    @Param('id', uuidParam('id')) id: string,
    @Param('userId', uuidParam('userId')) userId: string,
  ): Promise<{ items: PersonRef[] }> {
    return { items: await this.authoring.removeLecturer(id, userId) };
  }
}
