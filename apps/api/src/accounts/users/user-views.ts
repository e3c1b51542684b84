/** The shapes of a person that leave the API (contracts `User`, `AdminUserView`). */
import type { AdminUserView, User } from '@klasteris/contracts';

import type { UserEntity } from './user.entity';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    organisationId: entity.organisationId,
    locale: entity.locale,
    timeZone: entity.timeZone,
  };
}

/** Needs `organisation` loaded (or null) to name the organisation. */
export function toAdminUserView(entity: UserEntity): AdminUserView {
  return {
    ...toUser(entity),
    organisationName: entity.organisation?.name ?? null,
    deactivated: entity.deactivatedAt !== null,
    createdAt: entity.createdAt.toISOString(),
  };
}
