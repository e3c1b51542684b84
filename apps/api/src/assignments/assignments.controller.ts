/** Assignment REST routes: a lecturer sets an assignment on a module; anyone signed in reads one. */
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Assignment } from '@klasteris/contracts';

import { CurrentUser, Roles, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { AssignmentsService } from './assignments.service';
import { CreateAssignmentDto } from './dto/create-assignment.dto';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Roles('lecturer', 'admin')
  @Post('modules/:id/assignments')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) moduleId: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<Assignment> {
    return this.assignments.create(user, moduleId, body);
  }

  @SignedIn()
  @Get('assignments/:id')
  get(@Param('id', uuidParam('id')) id: string): Promise<Assignment> {
    return this.assignments.get(id);
  }
}
