import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale, type UpdateMeRequest } from '@klasteris/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { CanonicalTimeZone, Trim } from '../../validation/normalise';
import { IsTimeZone } from '../../validation/time-zone';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Europe/Oslo' })
  @IsOptional()
  @CanonicalTimeZone()
  @IsTimeZone()
  timeZone?: string;
}
