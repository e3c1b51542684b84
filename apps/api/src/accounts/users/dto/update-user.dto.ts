import { ApiPropertyOptional } from '@nestjs/swagger';
import { type Role, ROLES, type UpdateUserRequest } from '@klasteris/contracts';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Deactivating signs the person out everywhere and refuses sign-in.' })
  @IsOptional()
  @IsBoolean()
  deactivated?: boolean;
}
