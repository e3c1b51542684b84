/**
 * The REST calls the client makes, typed with the shared contract. Only this
 * file knows URLs; the auth interceptor adds tokens and retries.
 */
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuthResponse,
  LoginRequest,
  Message,
  Organisation,
  Page,
  RefreshResponse,
  RegisterRequest,
  Room,
  RoomSummary,
  UpdateMeRequest,
  User,
  Uuid,
} from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

export const API_PREFIX = '/api/';

/** Calls that carry credentials of their own (password or refresh cookie), never a bearer token. */
export const CREDENTIAL_ENDPOINTS: readonly string[] = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh'];

@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  login(body: LoginRequest): Promise<AuthResponse> {
    return firstValueFrom(this.http.post<AuthResponse>('/api/auth/login', body));
  }

  register(body: RegisterRequest): Promise<AuthResponse> {
    return firstValueFrom(this.http.post<AuthResponse>('/api/auth/register', body));
  }

  refresh(): Promise<RefreshResponse> {
    return firstValueFrom(this.http.post<RefreshResponse>('/api/auth/refresh', null));
  }

  logout(): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/logout', null));
  }

  me(): Promise<User> {
    return firstValueFrom(this.http.get<User>('/api/me'));
  }

  updateMe(body: UpdateMeRequest): Promise<User> {
    return firstValueFrom(this.http.patch<User>('/api/me', body));
  }

  organisations(): Promise<Page<Organisation>> {
    return firstValueFrom(this.http.get<Page<Organisation>>('/api/organisations'));
  }

  /** My rooms and the rooms open to every signed-in person, with unread counts. */
  rooms(): Promise<Page<RoomSummary>> {
    return firstValueFrom(this.http.get<Page<RoomSummary>>('/api/rooms'));
  }

  room(roomId: Uuid): Promise<Room> {
    return firstValueFrom(this.http.get<Room>(`/api/rooms/${encodeURIComponent(roomId)}`));
  }

  /** A page of history, oldest first: `afterSeq` pages forward, `beforeSeq` (or neither) back from the newest. */
  roomMessages(roomId: Uuid, query: MessageHistoryQuery): Promise<Page<Message>> {
    const params: Record<string, number> = {};
    if (query.afterSeq !== undefined) params['afterSeq'] = query.afterSeq;
    if (query.beforeSeq !== undefined) params['beforeSeq'] = query.beforeSeq;
    if (query.limit !== undefined) params['limit'] = query.limit;
    return firstValueFrom(
      this.http.get<Page<Message>>(`/api/rooms/${encodeURIComponent(roomId)}/messages`, { params }),
    );
  }
}

export interface MessageHistoryQuery {
  afterSeq?: number;
  beforeSeq?: number;
  /** At most 200. */
  limit?: number;
}
