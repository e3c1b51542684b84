/** A consultation's questions over REST, as the caller may see them. */
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, Question } from '@klasteris/contracts';

import { CurrentUser, SignedIn } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { ListQuestionsQuery } from './dto/list-questions.query';
import { QuestionsService } from './questions.service';

@ApiTags('consultations')
@ApiBearerAuth()
@SignedIn()
@Controller('rooms')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  /** Rooms that are not consultations have no questions: an empty page. */
  @Get(':id/questions')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) roomId: string,
    @Query() query: ListQuestionsQuery,
  ): Promise<Page<Question>> {
    return this.questions.page(user, roomId, query);
  }
}
