/**
 * The REST calls the client makes, typed with the shared contract. Only this
 * file knows URLs; the auth interceptor adds tokens and retries.
 */
import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddGroupMemberRequest,
  Assignment,
  AuthResponse,
  Booking,
  CalendarFeed,
  CancelBookingRequest,
  Consultation,
  CreateAssignmentRequest,
  CreateBookingRequest,
  CreateChannelRequest,
  CreateConsultationRequest,
  CreateGroupRequest,
  CreateModuleRequest,
  CreateProgrammeRequest,
  EnrolmentResponse,
  FailedJob,
  GroupCandidate,
  GroupChannel,
  GroupDetail,
  GroupSearchHit,
  GroupSummary,
  LecturerSummary,
  LoginRequest,
  Message,
  ModuleCompletionResponse,
  Notification,
  NotificationPreference,
  NotificationPreferences,
  OfficeHours,
  Organisation,
  OutboxMail,
  Page,
  Programme,
  ProgrammeDetail,
  ProgrammeModule,
  QueueName,
  QueueSummary,
  RefreshResponse,
  RegisterRequest,
  RescheduleBookingRequest,
  RetriedJob,
  ReviewQueueItem,
  ReviewSubmissionRequest,
  Room,
  RoomSummary,
  Slot,
  Submission,
  UnreadNotificationCount,
  UpdateMeRequest,
  UpdateOfficeHoursRequest,
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
    if (query.aroundSeq !== undefined) params['aroundSeq'] = query.aroundSeq;
    if (query.limit !== undefined) params['limit'] = query.limit;
    return firstValueFrom(
      this.http.get<Page<Message>>(`/api/rooms/${encodeURIComponent(roomId)}/messages`, { params }),
    );
  }

  /** The replies to one message (its thread), oldest first; `afterSeq` pages forward (the previous page's cursor). */
  messageReplies(roomId: Uuid, messageId: Uuid, afterSeq?: number): Promise<Page<Message>> {
    const params: Record<string, number> = afterSeq === undefined ? { limit: 200 } : { afterSeq, limit: 200 };
    const url = `/api/rooms/${encodeURIComponent(roomId)}/messages/${encodeURIComponent(messageId)}/replies`;
    return firstValueFrom(this.http.get<Page<Message>>(url, { params }));
  }

  /** The room's pinned messages. */
  roomPins(roomId: Uuid): Promise<Page<Message>> {
    return firstValueFrom(this.http.get<Page<Message>>(`/api/rooms/${encodeURIComponent(roomId)}/pins`));
  }

  // Working groups

  /** My groups with unread counts, most recent activity first. */
  groups(): Promise<Page<GroupSummary>> {
    return firstValueFrom(this.http.get<Page<GroupSummary>>('/api/groups'));
  }

  group(groupId: Uuid): Promise<GroupDetail> {
    return firstValueFrom(this.http.get<GroupDetail>(`/api/groups/${encodeURIComponent(groupId)}`));
  }

  createGroup(body: CreateGroupRequest): Promise<GroupDetail> {
    return firstValueFrom(this.http.post<GroupDetail>('/api/groups', body));
  }

  /** Adds one person (`userId`) or a whole organisation (`organisationId`). */
  addGroupMember(groupId: Uuid, body: AddGroupMemberRequest): Promise<GroupDetail> {
    return firstValueFrom(this.http.post<GroupDetail>(`/api/groups/${encodeURIComponent(groupId)}/members`, body));
  }

  /** People not yet in the group whose name contains `query` (owners and admins). */
  groupCandidates(groupId: Uuid, query: string): Promise<Page<GroupCandidate>> {
    return firstValueFrom(
      this.http.get<Page<GroupCandidate>>(`/api/groups/${encodeURIComponent(groupId)}/candidates`, {
        params: { query },
      }),
    );
  }

  /** Removes a person; leaving the group is removing oneself. */
  removeGroupMember(groupId: Uuid, userId: Uuid): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`),
    );
  }

  removeGroupOrganisation(groupId: Uuid, organisationId: Uuid): Promise<void> {
    const url = `/api/groups/${encodeURIComponent(groupId)}/organisations/${encodeURIComponent(organisationId)}`;
    return firstValueFrom(this.http.delete<void>(url));
  }

  createChannel(groupId: Uuid, body: CreateChannelRequest): Promise<GroupChannel> {
    return firstValueFrom(this.http.post<GroupChannel>(`/api/groups/${encodeURIComponent(groupId)}/channels`, body));
  }

  /** Full-text search over the group's channels (diacritics ignored), best first. */
  searchGroup(groupId: Uuid, q: string, cursor?: string): Promise<Page<GroupSearchHit>> {
    const params: Record<string, string> = cursor ? { q, cursor } : { q };
    return firstValueFrom(
      this.http.get<Page<GroupSearchHit>>(`/api/groups/${encodeURIComponent(groupId)}/search`, { params }),
    );
  }

  // Consultations

  /** Live and upcoming consultations open to me. */
  consultations(): Promise<Page<Consultation>> {
    return firstValueFrom(this.http.get<Page<Consultation>>('/api/consultations'));
  }

  /** Past consultations open to me, most recent first. */
  endedConsultations(cursor?: string): Promise<Page<Consultation>> {
    const params: Record<string, string> = cursor ? { state: 'ended', cursor } : { state: 'ended' };
    return firstValueFrom(this.http.get<Page<Consultation>>('/api/consultations', { params }));
  }

  consultation(consultationId: Uuid): Promise<Consultation> {
    return firstValueFrom(this.http.get<Consultation>(`/api/consultations/${encodeURIComponent(consultationId)}`));
  }

  /** Lecturers and admins: live at once without `startsAt`, scheduled with it. */
  createConsultation(body: CreateConsultationRequest): Promise<Consultation> {
    return firstValueFrom(this.http.post<Consultation>('/api/consultations', body));
  }

  /** Its presenters: a scheduled consultation goes live now. */
  startConsultation(consultationId: Uuid): Promise<Consultation> {
    return firstValueFrom(
      this.http.post<Consultation>(`/api/consultations/${encodeURIComponent(consultationId)}/start`, null),
    );
  }

  /** Its presenters: ended, and from then on read-only. */
  endConsultation(consultationId: Uuid): Promise<Consultation> {
    return firstValueFrom(
      this.http.post<Consultation>(`/api/consultations/${encodeURIComponent(consultationId)}/end`, null),
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
      completed ? this.http.post<ModuleCompletionResponse>(url, null) : this.http.delete<ModuleCompletionResponse>(url),
    );
  }

  // Assignments, submissions, reviews

  /** For those who teach the module's programme, and admins. */
  createAssignment(moduleId: Uuid, body: CreateAssignmentRequest): Promise<Assignment> {
    return firstValueFrom(this.http.post<Assignment>(`/api/modules/${encodeURIComponent(moduleId)}/assignments`, body));
  }

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

  // Office hours, bookings, calendar feed

  /** My office hours (lecturers): the weekly windows in my zone and the booking rules. */
  officeHours(): Promise<OfficeHours> {
    return firstValueFrom(this.http.get<OfficeHours>('/api/office-hours'));
  }

  updateOfficeHours(body: UpdateOfficeHoursRequest): Promise<OfficeHours> {
    return firstValueFrom(this.http.put<OfficeHours>('/api/office-hours', body));
  }

  /** Who holds office hours. */
  lecturers(cursor?: string): Promise<Page<LecturerSummary>> {
    const params: Record<string, string> = cursor ? { cursor } : {};
    return firstValueFrom(this.http.get<Page<LecturerSummary>>('/api/lecturers', { params }));
  }

  /** A lecturer's bookable slots starting in `[from, to)` (UTC), in order. */
  lecturerSlots(lecturerId: Uuid, from: string, to: string): Promise<Slot[]> {
    return firstValueFrom(
      this.http.get<Slot[]>(`/api/lecturers/${encodeURIComponent(lecturerId)}/slots`, { params: { from, to } }),
    );
  }

  /** 201 with the booking, or 409 SLOT_TAKEN (unless `waitlist`, which queues instead). */
  createBooking(body: CreateBookingRequest): Promise<Booking> {
    return firstValueFrom(this.http.post<Booking>('/api/bookings', body));
  }

  /** My bookings (a lecturer: those of my slots), upcoming or past. */
  bookings(query: { past?: boolean; cursor?: string } = {}): Promise<Page<Booking>> {
    const params: Record<string, string> = {};
    if (query.past) params['past'] = 'true';
    if (query.cursor) params['cursor'] = query.cursor;
    return firstValueFrom(this.http.get<Page<Booking>>('/api/bookings', { params }));
  }

  cancelBooking(bookingId: Uuid, body: CancelBookingRequest = {}): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/bookings/${encodeURIComponent(bookingId)}`, { body }));
  }

  /** Atomic: the new slot is taken, or 409 SLOT_TAKEN and the old one kept. */
  rescheduleBooking(bookingId: Uuid, body: RescheduleBookingRequest): Promise<Booking> {
    return firstValueFrom(this.http.patch<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}`, body));
  }

  /** The address of my personal calendar feed (ICS). */
  calendarFeed(): Promise<CalendarFeed> {
    return firstValueFrom(this.http.get<CalendarFeed>('/api/calendar/feed'));
  }

  /** A new feed address; the old one stops working. */
  regenerateCalendarFeed(): Promise<CalendarFeed> {
    return firstValueFrom(this.http.post<CalendarFeed>('/api/calendar/feed', null));
  }

  // Administration (admins only)

  /** Every queue with its job counts per state. */
  queueSummaries(): Promise<Page<QueueSummary>> {
    return firstValueFrom(this.http.get<Page<QueueSummary>>('/api/admin/queues'));
  }

  /** A queue's failed jobs, newest first. */
  failedJobs(queue: QueueName, query: { cursor?: string; limit?: number } = {}): Promise<Page<FailedJob>> {
    const params: Record<string, string | number> = {};
    if (query.cursor) params['cursor'] = query.cursor;
    if (query.limit !== undefined) params['limit'] = query.limit;
    return firstValueFrom(
      this.http.get<Page<FailedJob>>(`/api/admin/queues/${encodeURIComponent(queue)}/failed`, { params }),
    );
  }

  /** Moves a failed job back to waiting. */
  retryJob(queue: QueueName, jobId: string): Promise<RetriedJob> {
    const url = `/api/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`;
    return firstValueFrom(this.http.post<RetriedJob>(url, null));
  }

  /** The newest mails written to the outbox (only when no SMTP server is set). */
  outbox(limit?: number): Promise<Page<OutboxMail>> {
    const params: Record<string, number> = limit === undefined ? {} : { limit };
    return firstValueFrom(this.http.get<Page<OutboxMail>>('/api/admin/outbox', { params }));
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
  /** The messages around this seq (it included), to show a message in context. */
  aroundSeq?: number;
  /** At most 200. */
  limit?: number;
}
