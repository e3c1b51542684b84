/** The limits are the CHECKs of `moderation_settings`. */
import { ApiProperty } from '@nestjs/swagger';
import type { AutoSlowModeSettings } from '@klasteris/contracts';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

export class AutoSlowModeSettingsDto implements AutoSlowModeSettings {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ minimum: 5, maximum: 10000, example: 60 })
  @IsInt()
  @Min(5)
  @Max(10000)
  messagesPerMinute: number;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 5 })
  @IsInt()
  @Min(1)
  @Max(1000)
  reportsPerTenMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 3600, example: 10 })
  @IsInt()
  @Min(1)
  @Max(3600)
  slowModeSeconds: number;

  @ApiProperty({ minimum: 1, maximum: 1440, example: 5 })
  @IsInt()
  @Min(1)
  @Max(1440)
  calmMinutes: number;
}
