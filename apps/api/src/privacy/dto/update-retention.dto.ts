import { ApiProperty } from '@nestjs/swagger';
import type { UpdateRetentionRequest } from '@klasteris/contracts';
import { IsInt, Max, Min } from 'class-validator';

import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '../retention/retention.service';

export class UpdateRetentionDto implements UpdateRetentionRequest {
  @ApiProperty({
    minimum: RETENTION_DAYS_MIN,
    maximum: RETENTION_DAYS_MAX,
    description: 'Hidden and deleted messages and questions lose their text this many days after.',
  })
  @IsInt()
  @Min(RETENTION_DAYS_MIN)
  @Max(RETENTION_DAYS_MAX)
  days: number;
}
