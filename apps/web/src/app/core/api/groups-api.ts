/**
 * Working-group calls that only owners and administrators make: changing a
 * person's role in the group. The rest of the groups surface is in ApiClient.
 */
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { GroupDetail, GroupRole, UpdateGroupMemberRequest, Uuid } from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  /** `PATCH /api/groups/:id/members/:userId` → the group as it is now; 409 CONFLICT for its last owner. */
  setMemberRole(groupId: Uuid, userId: Uuid, role: GroupRole): Promise<GroupDetail> {
    const body: UpdateGroupMemberRequest = { role };
    return firstValueFrom(
      this.http.patch<GroupDetail>(
        `/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`,
        body,
      ),
    );
  }
}
