import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTENT_TEXT_MAX_LENGTH,
  CONTENT_TITLE_MAX_LENGTH,
  type CreateAssignmentRequest,
  type LocalizedText,
} from '@klasteris/contracts';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

import { BilingualText } from '../../programmes/dto/bilingual-text';

const DUE_AT_MESSAGE = 'dueAt must be an ISO 8601 time with its zone, such as 2026-03-01T16:00:00Z';
/** A date alone, or a time without a zone, would mean different moments on different servers. */
const WITH_TIME_AND_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CreateAssignmentDto implements CreateAssignmentRequest {
  @BilingualText(CONTENT_TITLE_MAX_LENGTH)
  title: LocalizedText;

  /** Markdown. */
  @BilingualText(CONTENT_TEXT_MAX_LENGTH)
  instructions: LocalizedText;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-01T16:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: DUE_AT_MESSAGE })
  @Matches(WITH_TIME_AND_ZONE, { message: DUE_AT_MESSAGE })
  dueAt?: string;
}
