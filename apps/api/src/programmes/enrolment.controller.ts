/** A learner's study routes: enrol in or leave a programme, mark a module done or not done. */
import { Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EnrolmentResponse, ModuleCompletionResponse } from '@klasteris/contracts';

import { CurrentUser, Roles } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { EnrolmentService } from './enrolment.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Roles('learner')
@Controller()
export class EnrolmentController {
  constructor(private readonly enrolment: EnrolmentService) {}

  /** 200 every time: enrolling twice is enrolling once. */
  @Post('programmes/:id/enrolment')
  @HttpCode(200)
  enrol(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<EnrolmentResponse> {
    return this.enrolment.enrol(user, id);
  }

  @Delete('programmes/:id/enrolment')
  leave(@CurrentUser() user: AuthenticatedUser, @Param('id', uuidParam('id')) id: string): Promise<EnrolmentResponse> {
    return this.enrolment.leave(user, id);
  }

  @Post('modules/:id/completion')
  @HttpCode(200)
  complete(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<ModuleCompletionResponse> {
    return this.enrolment.setCompleted(user, id, true);
  }

  @Delete('modules/:id/completion')
  undo(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<ModuleCompletionResponse> {
    return this.enrolment.setCompleted(user, id, false);
  }
}
