import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class GroupSearchQuery {
  @ApiProperty({ description: 'Words to find; quotes, OR and -word work as in web search engines.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200, { message: 'q must be 1 to 200 characters after trimming' })
  q: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,6}$/, { message: 'cursor is not one this search gave' })
  cursor?: string;
}
