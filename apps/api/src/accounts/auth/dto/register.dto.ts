import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale, PASSWORD_MIN_LENGTH, type RegisterRequest } from '@klasteris/contracts';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { CanonicalTimeZone, NormaliseEmail, Trim } from '../../validation/normalise';
import { IsTimeZone } from '../../validation/time-zone';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'ona@utena.lt' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Ona Petraitienė' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Europe/Vilnius', default: 'Europe/Vilnius' })
  @IsOptional()
  @CanonicalTimeZone()
  @IsTimeZone()
  timeZone?: string;
}
