import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type BannedWordMode, type Locale, type SaveBannedWordListRequest } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, MaxLength } from 'class-validator';

import { Trim } from '../../../accounts/validation/normalise';

const BANNED_WORD_MODES: readonly BannedWordMode[] = ['hold', 'refuse'];
export const BANNED_WORDS_MAX = 2000;
export const BANNED_WORD_MAX_LENGTH = 100;

/** Each entry trimmed with one space between its words, so the length limit counts what is kept. */
const tidyEntries = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((entry: unknown) => (typeof entry === 'string' ? entry.trim().split(/\s+/u).join(' ') : entry))
    : value;

export class SaveBannedWordListDto implements SaveBannedWordListRequest {
  @ApiProperty({ example: 'Keiksmažodžiai' })
  @Trim()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters after trimming' })
  name: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  language: Locale;

  @ApiProperty({ enum: BANNED_WORD_MODES })
  @IsIn(BANNED_WORD_MODES)
  mode: BannedWordMode;

  @ApiProperty({ type: [String], maxItems: BANNED_WORDS_MAX, example: ['šūdas', 'kvaila karvė'] })
  @Transform(tidyEntries)
  @IsArray()
  @ArrayMaxSize(BANNED_WORDS_MAX)
  @IsString({ each: true })
  @MaxLength(BANNED_WORD_MAX_LENGTH, {
    each: true,
    message: `each word must be at most ${BANNED_WORD_MAX_LENGTH} characters`,
  })
  words: string[];
}
