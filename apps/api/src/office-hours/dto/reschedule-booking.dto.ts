import { ApiProperty } from '@nestjs/swagger';
import type { RescheduleBookingRequest } from '@klasteris/contracts';

import { IsSlotInstant } from './slot-instant';

export class RescheduleBookingDto implements RescheduleBookingRequest {
  @ApiProperty({ format: 'date-time', example: '2026-03-30T09:00:00Z' })
  @IsSlotInstant()
  start: string;
}
