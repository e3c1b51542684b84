import { ApiPropertyOptional } from '@nestjs/swagger';
import type { QuestionSort } from '@klasteris/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListQuestionsQuery {
  @ApiPropertyOptional({ enum: ['top', 'new'], default: 'top' })
  @IsOptional()
  @IsIn(['top', 'new'])
  sort: QuestionSort = 'top';

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be a nextCursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 200;
}
