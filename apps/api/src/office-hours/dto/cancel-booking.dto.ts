import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CancelBookingRequest } from '@klasteris/contracts';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

export class CancelBookingDto implements CancelBookingRequest {
  @ApiPropertyOptional({ maxLength: 2000, description: 'The lecturer’s message to the learner' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message?: string;
}
