import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateGroupRequest } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateGroupDto implements CreateGroupRequest {
  @ApiProperty({ example: 'Skurdo prevencija — Utena, Biržai ir partneriai' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters after trimming' })
  name: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Organisations taking part: their people, now and later, are members.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('4', { each: true })
  organisationIds?: string[];
}
