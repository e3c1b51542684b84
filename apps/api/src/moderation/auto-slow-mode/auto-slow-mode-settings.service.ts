/** When slow mode switches on by itself: the single row of `moderation_settings`, edited by admins. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AutoSlowModeSettings } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

const SETTINGS_COLUMNS = `auto_slow_mode_enabled AS enabled, messages_per_minute AS "messagesPerMinute",
  reports_per_ten_minutes AS "reportsPerTenMinutes", slow_mode_seconds AS "slowModeSeconds", calm_minutes AS "calmMinutes"`;

@Injectable()
export class AutoSlowModeSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<AutoSlowModeSettings> {
    const [row] = (await this.db.query(
      `SELECT ${SETTINGS_COLUMNS} FROM moderation_settings`,
    )) as AutoSlowModeSettings[];
    // The migration writes the row and nothing deletes it.
    if (!row) throw new Error('moderation_settings has no row');
    return row;
  }

  async save(settings: AutoSlowModeSettings): Promise<AutoSlowModeSettings> {
    const [rows] = (await this.db.query(
      `UPDATE moderation_settings
          SET auto_slow_mode_enabled = $1, messages_per_minute = $2, reports_per_ten_minutes = $3,
              slow_mode_seconds = $4, calm_minutes = $5, updated_at = now()
        RETURNING ${SETTINGS_COLUMNS}`,
      [
        settings.enabled,
        settings.messagesPerMinute,
        settings.reportsPerTenMinutes,
        settings.slowModeSeconds,
        settings.calmMinutes,
      ],
    )) as [AutoSlowModeSettings[], number];
    if (!rows[0]) throw new Error('moderation_settings has no row');
    return rows[0];
  }
}
