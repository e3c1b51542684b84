/**
 * The moderation REST calls: reporting (every member) and the moderators'
 * queue, actions, audit log and rooms. Kept beside the live code because
 * every action here takes effect in open rooms through the socket.
 */
import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuditedAction,
  CreateReportRequest,
  DismissReportsRequest,
  ModeratedRoom,
  ModerationActionRequest,
  ModerationAuditEntry,
  ModerationAuditPage,
  Page,
  Report,
  ReportedItem,
  ReportStatus,
  Uuid,
} from '@klasteris/contracts';
import { firstValueFrom } from 'rxjs';

/** The audit log's filters; empty ones are left out of the query. */
export interface AuditFilter {
  action?: AuditedAction | null;
  roomId?: Uuid | null;
  actorId?: Uuid | null;
  userId?: Uuid | null;
  /** ISO instants. */
  from?: string | null;
  to?: string | null;
}

@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  /** 201 with the report; 409 CONFLICT when I reported the item already. */
  report(body: CreateReportRequest): Promise<Report> {
    return firstValueFrom(this.http.post<Report>('/api/reports', body));
  }

  reportedItems(status: ReportStatus, cursor?: string | null): Promise<Page<ReportedItem>> {
    return firstValueFrom(
      this.http.get<Page<ReportedItem>>('/api/moderation/reports', { params: query({ status, cursor }) }),
    );
  }

  dismissReports(body: DismissReportsRequest): Promise<ModerationAuditEntry> {
    return firstValueFrom(this.http.post<ModerationAuditEntry>('/api/moderation/reports/dismiss', body));
  }

  act(body: ModerationActionRequest): Promise<ModerationAuditEntry> {
    return firstValueFrom(this.http.post<ModerationAuditEntry>('/api/moderation/actions', body));
  }

  audit(filter: AuditFilter, cursor?: string | null, limit = 50): Promise<ModerationAuditPage> {
    return firstValueFrom(
      this.http.get<ModerationAuditPage>('/api/moderation/audit', { params: query({ ...filter, cursor, limit }) }),
    );
  }

  rooms(search: string): Promise<ModeratedRoom[]> {
    return firstValueFrom(this.http.get<ModeratedRoom[]>('/api/moderation/rooms', { params: query({ query: search }) }));
  }
}

function query(values: Readonly<Record<string, string | number | null | undefined>>): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(name, String(value));
  }
  return params;
}
