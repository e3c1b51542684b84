/** Review REST routes: give a verdict on a submission; a lecturer's queue of waiting submissions. */
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, ReviewQueueItem, Submission } from '@klasteris/contracts';

import { CurrentUser, Roles } from '../accounts/access.decorators';
import type { AuthenticatedUser } from '../accounts/authenticated-user';
import { uuidParam } from '../accounts/validation/uuid-param';
import { ReviewQueueQuery } from './dto/review-queue.query';
import { ReviewSubmissionDto } from './dto/review-submission.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('assignments')
@ApiBearerAuth()
@Roles('lecturer', 'admin')
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('submissions/:id/review')
  @HttpCode(200)
  review(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReviewSubmissionDto,
  ): Promise<Submission> {
    return this.reviews.review(user, id, body);
  }

  @Get('reviews/queue')
  queue(@CurrentUser() user: AuthenticatedUser, @Query() query: ReviewQueueQuery): Promise<Page<ReviewQueueItem>> {
    return this.reviews.queue(user, query);
  }
}
