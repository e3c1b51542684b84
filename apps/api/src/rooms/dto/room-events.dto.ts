/** Payloads of the room events, validated like REST bodies (see validatePayload). */
import { MESSAGE_BODY_MAX_LENGTH } from '@klasteris/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';

/** More than this in one message is not a conversation but a broadcast. */
const MENTIONS_MAX = 20;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RoomRefDto {
  @IsUUID('4')
  roomId: string;
}

export class JoinRoomDto extends RoomRefDto {
  @IsOptional()
  @IsInt()
  @Min(0)
  afterSeq?: number;
}

export class SendMessageDto extends RoomRefDto {
  @Transform(trim)
  @IsString()
  @Length(1, MESSAGE_BODY_MAX_LENGTH, {
    message: `body must be 1 to ${MESSAGE_BODY_MAX_LENGTH} characters after trimming`,
  })
  body: string;

  @IsString()
  @Length(1, 100)
  clientMsgId: string;

  @IsOptional()
  @IsUUID('4')
  parentId?: string;

  /** People the message @mentions; those who are not members of the room are dropped (see MessagesService.send). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MENTIONS_MAX)
  @IsUUID('4', { each: true })
  mentions?: string[];
}

export class PinMessageDto {
  @IsUUID('4')
  messageId: string;

  @IsBoolean()
  pinned: boolean;
}

export class EditMessageDto {
  @IsUUID('4')
  messageId: string;

  @Transform(trim)
  @IsString()
  @Length(1, MESSAGE_BODY_MAX_LENGTH, {
    message: `body must be 1 to ${MESSAGE_BODY_MAX_LENGTH} characters after trimming`,
  })
  body: string;
}

export class MessageRefDto {
  @IsUUID('4')
  messageId: string;
}

export class ToggleReactionDto extends MessageRefDto {
  /** One emoji (with its modifiers and joiners), nothing else. */
  @IsString()
  @Matches(/^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f){1,16}$/u, {
    message: 'emoji must be a single emoji',
  })
  emoji: string;
}

export class MarkReadDto extends RoomRefDto {
  @IsInt()
  @Min(0)
  seq: number;
}
