/** What admins see of the running system (`GET /api/admin/system`). */
import type { IsoDateTime } from './common';
import type { CheckState } from './health';

export interface SystemStatus {
  /** `embedded` (own PostgreSQL, no Redis) or `scaled` (DATABASE_URL and REDIS_URL). */
  mode: 'embedded' | 'scaled';
  version: string;
  startedAt: IsoDateTime;
  uptimeSeconds: number;
  checks: { database: CheckState; queue: CheckState; redis: CheckState };
  /** Milliseconds for a `SELECT 1`. */
  databaseLatencyMs: number | null;
  queueBackend: 'postgres' | 'redis';
  mail: 'smtp' | 'outbox';
  /** Sockets connected to this API process. */
  liveConnectionsHere: number;
  counts: {
    people: number;
    deactivatedPeople: number;
    organisations: number;
    groups: number;
    messagesLast24h: number;
    openReports: number;
    failedJobs: number;
  };
}
