import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { Trim } from '../../accounts/validation/normalise';

/** `GET /api/moderation/rooms?query=` */
export class ModeratedRoomsQuery {
  @ApiPropertyOptional({ description: 'Part of the room’s, group’s or consultation’s name; all rooms when empty' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  query?: string;
}
