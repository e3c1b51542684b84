import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateBookingRequest } from '@klasteris/contracts';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';
import { IsSlotInstant } from './slot-instant';

export const BOOKING_QUESTION_MAX_LENGTH = 2000;

export class CreateBookingDto implements CreateBookingRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lecturerId: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-30T08:00:00Z' })
  @IsSlotInstant()
  start: string;

  @ApiPropertyOptional({ maxLength: BOOKING_QUESTION_MAX_LENGTH, description: 'What the learner wants to ask' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BOOKING_QUESTION_MAX_LENGTH)
  question?: string;

  @ApiPropertyOptional({ description: 'Join the waiting list when the slot is full' })
  @IsOptional()
  @IsBoolean()
  waitlist?: boolean;
}
