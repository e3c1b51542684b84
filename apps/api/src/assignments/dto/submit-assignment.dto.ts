import { ApiPropertyOptional } from '@nestjs/swagger';
import { SUBMISSION_BODY_MAX_LENGTH, type SubmitAssignmentRequest } from '@klasteris/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

/** JSON, or the text fields of a multipart request (the file travels as the `file` part). */
export class SubmitAssignmentDto implements SubmitAssignmentRequest {
  @ApiPropertyOptional({
    type: String,
    maxLength: SUBMISSION_BODY_MAX_LENGTH,
    description: 'Plain text; may be empty when a file is attached',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SUBMISSION_BODY_MAX_LENGTH)
  body = '';
}
