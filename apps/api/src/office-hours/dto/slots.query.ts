import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsSlotInstant } from './slot-instant';

export class SlotsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' })
  @IsOptional()
  @IsSlotInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Default: 14 days after from; at most 62 days after it' })
  @IsOptional()
  @IsSlotInstant()
  to?: string;
}
