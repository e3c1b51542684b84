import { ApiProperty } from '@nestjs/swagger';
import type { AddLecturerRequest } from '@klasteris/contracts';
import { IsUUID } from 'class-validator';

export class AddLecturerDto implements AddLecturerRequest {
  @ApiProperty({ format: 'uuid', description: 'A person with the lecturer role' })
  @IsUUID()
  userId: string;
}
