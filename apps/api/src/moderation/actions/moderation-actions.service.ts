/** `POST /api/moderation/actions`: checks the request's shape per action and hands it to the one that does it. */
import { Injectable } from '@nestjs/common';
import type { ModerationAuditEntry } from '@klasteris/contracts';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';
import { validationFailed } from '../../platform/http/validation';
import type { ModerationActionDto } from '../dto/moderation-action.dto';
import { actionIssues } from './action-rules';
import { ItemActions } from './item-actions';
import { PersonActions } from './person-actions';
import { RoomControls } from './room-controls.service';

@Injectable()
export class ModerationActionsService {
  constructor(
    private readonly items: ItemActions,
    private readonly people: PersonActions,
    private readonly rooms: RoomControls,
  ) {}

  async act(actor: AuthenticatedUser, request: ModerationActionDto): Promise<ModerationAuditEntry> {
    const issues = actionIssues(request);
    if (issues.length > 0) throw validationFailed(issues);
    const base = { actorId: actor.id, roomId: request.roomId, reason: request.reason };
    // The rules above guarantee the fields each branch reads.
    const target = () => ({ targetType: given(request.targetType), targetId: given(request.targetId) });
    const person = () => ({ ...base, userId: given(request.userId), durationSeconds: request.durationSeconds });
    switch (request.action) {
      case 'hide':
      case 'restore':
      case 'delete':
        return this.items.apply({ ...base, ...target(), action: request.action });
      case 'mute':
        return this.people.mute({ ...person(), durationSeconds: given(request.durationSeconds) });
      case 'unmute':
        return this.people.unmute(person());
      case 'ban':
        return this.people.ban(person());
      case 'unban':
        return this.people.unban(person());
      case 'slow_mode':
        return this.rooms.setSlowMode({ ...base, seconds: given(request.durationSeconds), automatic: false });
      case 'lock':
      case 'unlock':
        return this.rooms.setLocked({ ...base, locked: request.action === 'lock' });
    }
  }
}

function given<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('A field the action rules require is missing');
  return value;
}
