/**
 * The REST calls the client makes, typed with the shared contract. Only this
 * file knows URLs; the auth interceptor adds tokens and retries.
 */
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Assignment,
  AuthResponse,
  CreateModuleRequest,
  CreateProgrammeRequest,
  EnrolmentResponse,
  LoginRequest,
  Message,
  ModuleCompletionResponse,
  Notification,
  NotificationPreference,
  NotificationPreferences,
  Organisation,
  Page,
  Programme,
  ProgrammeDetail,
  ProgrammeModule,
  RefreshResponse,
  RegisterRequest,
  ReviewQueueItem,
  ReviewSubmissionRequest,
  Room,
  RoomSummary,
  Submission,
  UnreadNotificationCount,
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

  // Programmes, modules, enrolment

  programmes(): Promise<Page<Programme>> {
    return firstValueFrom(this.http.get<Page<Programme>>('/api/programmes'));
  }

  programme(programmeId: Uuid): Promise<ProgrammeDetail> {
    return firstValueFrom(this.http.get<ProgrammeDetail>(`/api/programmes/${encodeURIComponent(programmeId)}`));
  }

  createProgramme(body: CreateProgrammeRequest): Promise<ProgrammeDetail> {
    return firstValueFrom(this.http.post<ProgrammeDetail>('/api/programmes', body));
  }

  addModule(programmeId: Uuid, body: CreateModuleRequest): Promise<ProgrammeModule> {
    return firstValueFrom(
      this.http.post<ProgrammeModule>(`/api/programmes/${encodeURIComponent(programmeId)}/modules`, body),
    );
  }

  setEnrolment(programmeId: Uuid, enrolled: boolean): Promise<EnrolmentResponse> {
    const url = `/api/programmes/${encodeURIComponent(programmeId)}/enrolment`;
    return firstValueFrom(
      enrolled ? this.http.post<EnrolmentResponse>(url, null) : this.http.delete<EnrolmentResponse>(url),
    );
  }

  setModuleCompleted(moduleId: Uuid, completed: boolean): Promise<ModuleCompletionResponse> {
    const url = `/api/modules/${encodeURIComponent(moduleId)}/completion`;
    return firstValueFrom(
      completed
        ? this.http.post<ModuleCompletionResponse>(url, null)
        : this.http.delete<ModuleCompletionResponse>(url),
    );
  }

  // Assignments, submissions, reviews

  assignment(assignmentId: Uuid): Promise<Assignment> {
    return firstValueFrom(this.http.get<Assignment>(`/api/assignments/${encodeURIComponent(assignmentId)}`));
  }

  /** Oldest first: a lecturer gets every submission, a learner their own. */
  submissions(assignmentId: Uuid): Promise<Page<Submission>> {
    return firstValueFrom(
      this.http.get<Page<Submission>>(`/api/assignments/${encodeURIComponent(assignmentId)}/submissions`),
    );
  }

  /** Plain JSON without a file, multipart with one. */
  submit(assignmentId: Uuid, body: string, file: File | null): Promise<Submission> {
    const url = `/api/assignments/${encodeURIComponent(assignmentId)}/submissions`;
    if (file === null) return firstValueFrom(this.http.post<Submission>(url, { body }));
    const form = new FormData();
    form.append('body', body);
    form.append('file', file, file.name);
    return firstValueFrom(this.http.post<Submission>(url, form));
  }

  submission(submissionId: Uuid): Promise<Submission> {
    return firstValueFrom(this.http.get<Submission>(`/api/submissions/${encodeURIComponent(submissionId)}`));
  }

  /** The file goes through the interceptor (it needs the bearer token), so it arrives as a Blob. */
  submissionFile(submissionId: Uuid): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`/api/submissions/${encodeURIComponent(submissionId)}/file`, { responseType: 'blob' }),
    );
  }

  review(submissionId: Uuid, body: ReviewSubmissionRequest): Promise<Submission> {
    return firstValueFrom(
      this.http.post<Submission>(`/api/submissions/${encodeURIComponent(submissionId)}/review`, body),
    );
  }

  reviewQueue(query: ReviewQueueQuery): Promise<Page<ReviewQueueItem>> {
    const params: Record<string, string | number> = {};
    if (query.programmeId) params['programmeId'] = query.programmeId;
    if (query.cursor) params['cursor'] = query.cursor;
    if (query.limit !== undefined) params['limit'] = query.limit;
    return firstValueFrom(this.http.get<Page<ReviewQueueItem>>('/api/reviews/queue', { params }));
  }

  // Notifications

  notifications(query: { unread?: boolean; cursor?: string; limit?: number } = {}): Promise<Page<Notification>> {
    const params: Record<string, string | number> = {};
    if (query.unread) params['unread'] = 'true';
    if (query.cursor) params['cursor'] = query.cursor;
    if (query.limit !== undefined) params['limit'] = query.limit;
    return firstValueFrom(this.http.get<Page<Notification>>('/api/notifications', { params }));
  }

  unreadNotificationCount(): Promise<UnreadNotificationCount> {
    return firstValueFrom(this.http.get<UnreadNotificationCount>('/api/notifications/unread-count'));
  }

  markNotificationRead(notificationId: Uuid): Promise<Notification> {
    return firstValueFrom(
      this.http.post<Notification>(`/api/notifications/${encodeURIComponent(notificationId)}/read`, null),
    );
  }

  markAllNotificationsRead(): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/notifications/read-all', null));
  }

  notificationPreferences(): Promise<NotificationPreferences> {
    return firstValueFrom(this.http.get<NotificationPreferences>('/api/me/notification-preferences'));
  }

  updateNotificationPreferences(items: NotificationPreference[]): Promise<NotificationPreferences> {
    return firstValueFrom(this.http.put<NotificationPreferences>('/api/me/notification-preferences', { items }));
  }
}

export interface ReviewQueueQuery {
  programmeId?: Uuid;
  cursor?: string;
  /** At most 100. */
  limit?: number;
}

export interface MessageHistoryQuery {
  afterSeq?: number;
  beforeSeq?: number;
  /** At most 200. */
  limit?: number;
}
