import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MODERATION_ACTIONS,
  MODERATION_REASON_MAX_LENGTH,
  REPORT_TARGET_TYPES,
  type ModerationAction,
  type ReportTargetType,
} from '@klasteris/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';
import { LONGEST_DURATION_SECONDS } from '../actions/action-rules';

/** `POST /api/moderation/actions`: which fields each action needs is checked by action-rules.ts. */
export class ModerationActionDto {
  @ApiProperty({ enum: MODERATION_ACTIONS })
  @IsIn(MODERATION_ACTIONS)
  action: ModerationAction;

  @ApiProperty()
  @IsUUID('4')
  roomId: string;

  @ApiPropertyOptional({ enum: REPORT_TARGET_TYPES })
  @IsOptional()
  @IsIn(REPORT_TARGET_TYPES)
  targetType?: ReportTargetType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  targetId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  userId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: LONGEST_DURATION_SECONDS })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LONGEST_DURATION_SECONDS)
  durationSeconds?: number;

  @ApiProperty({ minLength: 1, maxLength: MODERATION_REASON_MAX_LENGTH })
  @Trim()
  @IsString()
  @Length(1, MODERATION_REASON_MAX_LENGTH, {
    message: `reason must be 1 to ${MODERATION_REASON_MAX_LENGTH} characters after trimming`,
  })
  reason: string;
}
