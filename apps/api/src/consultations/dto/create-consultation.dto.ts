import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConsultationModeration, CreateConsultationRequest } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const STARTS_AT_MESSAGE = 'startsAt must be an ISO 8601 time with its zone, such as 2026-03-01T16:00:00Z';
/** A date alone, or a time without a zone, would mean different moments on different servers. */
const WITH_TIME_AND_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateConsultationDto implements CreateConsultationRequest {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters after trimming' })
  title: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Open the session to this module’s learners and lecturers only' })
  @IsOptional()
  @IsUUID('4')
  moduleId?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Scheduled until then (or until started by hand); live at once when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: STARTS_AT_MESSAGE })
  @Matches(WITH_TIME_AND_ZONE, { message: STARTS_AT_MESSAGE })
  startsAt?: string;

  @ApiProperty({ enum: ['post', 'pre'], description: '`pre`: learners’ questions wait for a presenter’s approval' })
  @IsIn(['post', 'pre'])
  moderation: ConsultationModeration;
}
