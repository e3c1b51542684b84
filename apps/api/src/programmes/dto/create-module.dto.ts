import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTENT_TEXT_MAX_LENGTH,
  CONTENT_TITLE_MAX_LENGTH,
  type CreateModuleRequest,
  type LocalizedText,
} from '@klasteris/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { BilingualText } from './bilingual-text';

export class CreateModuleDto implements CreateModuleRequest {
  @BilingualText(CONTENT_TITLE_MAX_LENGTH)
  title: LocalizedText;

  /** Markdown. */
  @BilingualText(CONTENT_TEXT_MAX_LENGTH)
  body: LocalizedText;

  @IsOptional()
  @BilingualText(CONTENT_TEXT_MAX_LENGTH, { required: false })
  description?: LocalizedText;

  @ApiPropertyOptional({ minimum: 1, description: 'Unique within the programme; left out: after the last module' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  position?: number;
}
