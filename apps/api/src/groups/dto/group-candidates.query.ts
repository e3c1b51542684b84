import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

/** A name to look for among people who are not yet in the group. */
export class GroupCandidatesQuery {
  @ApiProperty({ description: 'Part of a display name (case- and accent-insensitive).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100, { message: 'query must be 1 to 100 characters after trimming' })
  query: string;
}
