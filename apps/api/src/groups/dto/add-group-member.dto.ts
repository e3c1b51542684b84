import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AddGroupMemberRequest } from '@klasteris/contracts';
import { IsOptional, IsUUID } from 'class-validator';

/** Exactly one of the two (checked by the service, which says which field). */
export class AddGroupMemberDto implements AddGroupMemberRequest {
  @ApiPropertyOptional({ description: 'Add one person.' })
  @IsOptional()
  @IsUUID('4')
  userId?: string;

  @ApiPropertyOptional({ description: 'Add a whole organisation: its people now and those who join it later.' })
  @IsOptional()
  @IsUUID('4')
  organisationId?: string;
}
