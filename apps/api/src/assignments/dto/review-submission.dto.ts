import { ApiProperty } from '@nestjs/swagger';
import {
  REVIEW_FEEDBACK_MAX_LENGTH,
  REVIEW_VERDICTS,
  type ReviewSubmissionRequest,
  type ReviewVerdict,
} from '@klasteris/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

export class ReviewSubmissionDto implements ReviewSubmissionRequest {
  @ApiProperty({ enum: REVIEW_VERDICTS })
  @IsIn(REVIEW_VERDICTS)
  verdict: ReviewVerdict;

  @ApiProperty({ maxLength: REVIEW_FEEDBACK_MAX_LENGTH, description: 'Plain text; required for "revise"' })
  @Trim()
  @IsString()
  @MaxLength(REVIEW_FEEDBACK_MAX_LENGTH)
  feedback: string;
}
