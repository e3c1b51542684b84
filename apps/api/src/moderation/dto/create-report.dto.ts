import { ApiProperty } from '@nestjs/swagger';
import { REPORT_REASON_MAX_LENGTH, REPORT_TARGET_TYPES, type ReportTargetType } from '@klasteris/contracts';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

/** `POST /api/reports` */
export class CreateReportDto {
  @ApiProperty({ enum: REPORT_TARGET_TYPES })
  @IsIn(REPORT_TARGET_TYPES)
  targetType: ReportTargetType;

  @ApiProperty()
  @IsUUID('4')
  targetId: string;

  @ApiProperty({ minLength: 1, maxLength: REPORT_REASON_MAX_LENGTH })
  @Trim()
  @IsString()
  @Length(1, REPORT_REASON_MAX_LENGTH, {
    message: `reason must be 1 to ${REPORT_REASON_MAX_LENGTH} characters after trimming`,
  })
  reason: string;
}
