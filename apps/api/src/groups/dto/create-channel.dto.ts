import { ApiProperty } from '@nestjs/swagger';
import type { CreateChannelRequest } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class CreateChannelDto implements CreateChannelRequest {
  @ApiProperty({ example: 'renginiai' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 80, { message: 'name must be 1 to 80 characters after trimming' })
  name: string;
}
