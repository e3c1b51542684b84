import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDITED_ACTIONS_FOR_FILTER } from '../audit/audited-actions';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { AuditedAction } from '@klasteris/contracts';

/** `GET /api/moderation/audit?action=&roomId=&actorId=&userId=&from=&to=&cursor=&limit=` */
export class ListAuditQuery {
  @ApiPropertyOptional({ enum: AUDITED_ACTIONS_FOR_FILTER })
  @IsOptional()
  @IsIn(AUDITED_ACTIONS_FOR_FILTER)
  action?: AuditedAction;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  roomId?: string;

  @ApiPropertyOptional({ description: 'Who acted' })
  @IsOptional()
  @IsUUID('4')
  actorId?: string;

  @ApiPropertyOptional({ description: 'The person acted on' })
  @IsOptional()
  @IsUUID('4')
  userId?: string;

  @ApiPropertyOptional({ description: 'From this time (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
