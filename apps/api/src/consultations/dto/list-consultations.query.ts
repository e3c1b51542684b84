import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ConsultationState } from '@klasteris/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ListConsultationsQuery {
  @ApiPropertyOptional({
    enum: ['scheduled', 'live', 'ended'],
    description: 'Only this state; without it, live and scheduled ones',
  })
  @IsOptional()
  @IsIn(['scheduled', 'live', 'ended'])
  state?: ConsultationState;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be a nextCursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 50;
}
