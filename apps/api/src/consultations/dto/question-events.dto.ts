/** Payloads of the question events, validated like REST bodies (see validatePayload). */
import { MESSAGE_BODY_MAX_LENGTH, type QuestionStatus } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const BODY_MESSAGE = `body must be 1 to ${MESSAGE_BODY_MAX_LENGTH} characters after trimming`;

export class AskQuestionDto {
  @IsUUID('4')
  roomId: string;

  @Transform(trim)
  @IsString()
  @Length(1, MESSAGE_BODY_MAX_LENGTH, { message: BODY_MESSAGE })
  body: string;

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @IsString()
  @Length(1, 100)
  clientMsgId: string;
}

export class QuestionRefDto {
  @IsUUID('4')
  questionId: string;
}

export class VoteQuestionDto extends QuestionRefDto {
  @IsBoolean()
  up: boolean;
}

export class AnswerQuestionDto extends QuestionRefDto {
  @Transform(trim)
  @IsString()
  @Length(1, MESSAGE_BODY_MAX_LENGTH, { message: BODY_MESSAGE })
  body: string;
}

/**
 * A presenter's change (at least one of status and pinned; the service checks).
 * `pending` cannot be set again: a question leaves it once, by approval or dismissal.
 */
export class UpdateQuestionDto extends QuestionRefDto {
  @IsOptional()
  @IsIn(['open', 'answered', 'dismissed'], { message: 'status must be one of open, answered, dismissed' })
  status?: Exclude<QuestionStatus, 'pending'>;

  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}
