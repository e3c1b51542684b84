import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind, type UpdateNotificationPreferencesRequest } from '@klasteris/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({ description: 'Shown in the bell and pushed live' })
  @IsBoolean()
  inApp: boolean;

  @ApiProperty({ description: 'One e-mail at once (unless digest is on)' })
  @IsBoolean()
  email: boolean;

  @ApiProperty({ description: 'Gathered into the daily digest e-mail instead' })
  @IsBoolean()
  digest: boolean;
}

export class UpdateNotificationPreferencesDto implements UpdateNotificationPreferencesRequest {
  @ApiProperty({ type: [NotificationPreferenceDto], description: 'The kinds to change, each at most once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  items: NotificationPreferenceDto[];
}
