import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AvailabilityException, UpdateOfficeHoursRequest, Weekday, WeeklyWindow } from '@klasteris/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { CanonicalTimeZone } from '../../accounts/validation/normalise';
import { IsTimeZone } from '../../accounts/validation/time-zone';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HH_MM_OR_MIDNIGHT = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WeeklyWindowDto implements WeeklyWindow {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: Weekday;

  @ApiProperty({ example: '10:00' })
  @IsString()
  @Matches(HH_MM, { message: 'start must be a time "HH:mm"' })
  start: string;

  @ApiProperty({ example: '12:00', description: '"24:00" for the end of the day' })
  @IsString()
  @Matches(HH_MM_OR_MIDNIGHT, { message: 'end must be a time "HH:mm"' })
  end: string;
}

export class AvailabilityExceptionDto {
  @ApiProperty({ example: '2026-04-06', description: 'A date in the lecturer’s zone' })
  @IsString()
  @Matches(DATE, { message: 'date must be a date "YYYY-MM-DD"' })
  date: string;

  @ApiProperty({ enum: ['off', 'extra'] })
  @IsIn(['off', 'extra'])
  kind: AvailabilityException['kind'];

  @ApiPropertyOptional({ example: '14:00', description: 'For "extra"' })
  @ValidateIf((exception: AvailabilityExceptionDto) => exception.kind === 'extra')
  @IsString()
  @Matches(HH_MM, { message: 'start must be a time "HH:mm"' })
  start?: string;

  @ApiPropertyOptional({ example: '16:00', description: 'For "extra"' })
  @ValidateIf((exception: AvailabilityExceptionDto) => exception.kind === 'extra')
  @IsString()
  @Matches(HH_MM_OR_MIDNIGHT, { message: 'end must be a time "HH:mm"' })
  end?: string;
}

export class UpdateOfficeHoursDto implements UpdateOfficeHoursRequest {
  @ApiProperty({ example: 'Europe/Oslo' })
  @CanonicalTimeZone()
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({ type: [WeeklyWindowDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowDto)
  weekly: WeeklyWindowDto[];

  @ApiProperty({ minimum: 5, maximum: 240 })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  capacity: number;

  @ApiPropertyOptional({ type: [AvailabilityExceptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityExceptionDto)
  exceptions?: AvailabilityException[];

  @ApiPropertyOptional({ minimum: 0, maximum: 20160, default: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20_160)
  minNoticeMinutes?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 366, default: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  bookingHorizonDays?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 20160, default: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20_160)
  cancelCutoffMinutes?: number;
}
