import { ApiProperty } from '@nestjs/swagger';
import { GROUP_ROLES, type GroupRole, type UpdateGroupMemberRequest } from '@klasteris/contracts';
import { IsIn } from 'class-validator';

export class UpdateGroupMemberDto implements UpdateGroupMemberRequest {
  @ApiProperty({ enum: GROUP_ROLES, description: 'owner: may manage members and channels; member: may not.' })
  @IsIn(GROUP_ROLES)
  role: GroupRole;
}
