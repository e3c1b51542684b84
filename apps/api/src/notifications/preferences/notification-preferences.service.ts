/** A person's notification preferences: read with defaults filled in, and changed kind by kind. */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NotificationKind, NotificationPreference } from '@klasteris/contracts';
import { Repository } from 'typeorm';

import { validationFailed } from '../../platform/http/validation';
import { completePreferences, defaultPreference } from './notification-preference-defaults';
import { NotificationPreferenceEntity } from './notification-preference.entity';

@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectRepository(NotificationPreferenceEntity) private readonly preferences: Repository<NotificationPreferenceEntity>,
  ) {}

  async list(userId: string): Promise<NotificationPreference[]> {
    const stored = await this.preferences.findBy({ userId });
    return completePreferences(stored.map(toPreference));
  }

  async forKind(userId: string, kind: NotificationKind): Promise<NotificationPreference> {
    const stored = await this.preferences.findOneBy({ userId, kind });
    return stored ? toPreference(stored) : defaultPreference(kind);
  }

  /** Changes the kinds given (one entry per kind) and returns every kind. */
  async update(userId: string, changes: NotificationPreference[]): Promise<NotificationPreference[]> {
    const kinds = new Set(changes.map((change) => change.kind));
    if (kinds.size !== changes.length) {
      throw validationFailed([{ field: 'items', messages: ['items must name each kind at most once'] }]);
    }
    if (changes.length > 0) {
      await this.preferences.upsert(
        changes.map((change) => ({ userId, kind: change.kind, inApp: change.inApp, email: change.email, digest: change.digest })),
        ['userId', 'kind'],
      );
    }
    return this.list(userId);
  }
}

function toPreference(entity: NotificationPreferenceEntity): NotificationPreference {
  return { kind: entity.kind, inApp: entity.inApp, email: entity.email, digest: entity.digest };
}
