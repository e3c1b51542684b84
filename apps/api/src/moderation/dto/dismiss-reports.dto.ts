import { ApiProperty } from '@nestjs/swagger';
import { MODERATION_REASON_MAX_LENGTH, REPORT_TARGET_TYPES, type ReportTargetType } from '@klasteris/contracts';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

/** `POST /api/moderation/reports/dismiss` */
export class DismissReportsDto {
  @ApiProperty({ enum: REPORT_TARGET_TYPES })
  @IsIn(REPORT_TARGET_TYPES)
  targetType: ReportTargetType;

  @ApiProperty()
  @IsUUID('4')
  targetId: string;

  @ApiProperty({ minLength: 1, maxLength: MODERATION_REASON_MAX_LENGTH })
  @Trim()
  @IsString()
  @Length(1, MODERATION_REASON_MAX_LENGTH, {
    message: `reason must be 1 to ${MODERATION_REASON_MAX_LENGTH} characters after trimming`,
  })
  reason: string;
}
