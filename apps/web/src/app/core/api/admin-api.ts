/**
 * The REST calls of the administration pages (people, organisations, system
 * status, moderation settings), typed with the shared contract. Kept beside
 * the pages that use them; the auth interceptor adds the bearer token.
 */
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdminUserView,
  AutoSlowModeSettings,
  BannedWordList,
  CreateOrganisationRequest,
  Organisation,
  Page,
  RetentionSettings,
  SaveBannedWordListRequest,
  SystemStatus,
  UpdateRetentionRequest,
  UpdateUserRequest,
  Uuid,
} from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  /** People whose name or e-mail address contains `query`, a page at a time. */
  users(query: string, cursor?: string): Promise<Page<AdminUserView>> {
    const params: Record<string, string> = {};
    if (query !== '') params['query'] = query;
    if (cursor) params['cursor'] = cursor;
    return firstValueFrom(this.http.get<Page<AdminUserView>>('/api/users', { params }));
  }

  /** A new role, or deactivation; the API refuses an admin's change to themselves. */
  updateUser(userId: Uuid, body: UpdateUserRequest): Promise<AdminUserView> {
    return firstValueFrom(this.http.patch<AdminUserView>(`/api/users/${encodeURIComponent(userId)}`, body));
  }

  organisations(): Promise<Page<Organisation>> {
    return firstValueFrom(this.http.get<Page<Organisation>>('/api/organisations'));
  }

  createOrganisation(body: CreateOrganisationRequest): Promise<Organisation> {
    return firstValueFrom(this.http.post<Organisation>('/api/organisations', body));
  }

  systemStatus(): Promise<SystemStatus> {
    return firstValueFrom(this.http.get<SystemStatus>('/api/admin/system'));
  }

  bannedWordLists(): Promise<BannedWordList[]> {
    return firstValueFrom(this.http.get<BannedWordList[]>('/api/admin/banned-words'));
  }

  createBannedWordList(body: SaveBannedWordListRequest): Promise<BannedWordList> {
    return firstValueFrom(this.http.post<BannedWordList>('/api/admin/banned-words', body));
  }

  updateBannedWordList(listId: Uuid, body: SaveBannedWordListRequest): Promise<BannedWordList> {
    return firstValueFrom(this.http.put<BannedWordList>(`/api/admin/banned-words/${encodeURIComponent(listId)}`, body));
  }

  deleteBannedWordList(listId: Uuid): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/admin/banned-words/${encodeURIComponent(listId)}`));
  }

  autoSlowMode(): Promise<AutoSlowModeSettings> {
    return firstValueFrom(this.http.get<AutoSlowModeSettings>('/api/admin/moderation-settings'));
  }

  updateAutoSlowMode(body: AutoSlowModeSettings): Promise<AutoSlowModeSettings> {
    return firstValueFrom(this.http.put<AutoSlowModeSettings>('/api/admin/moderation-settings', body));
  }

  retention(): Promise<RetentionSettings> {
    return firstValueFrom(this.http.get<RetentionSettings>('/api/admin/retention'));
  }

  updateRetention(body: UpdateRetentionRequest): Promise<RetentionSettings> {
    return firstValueFrom(this.http.put<RetentionSettings>('/api/admin/retention', body));
  }
}
