/**
 * What admins see of the running system: the readiness checks (the same as
 * `/api/health/ready`), how this process runs, and a few counts. Counts that
 * need a dependency which is down are reported as 0 rather than failing the
 * page that should show the failure.
 */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SystemStatus } from '@klasteris/contracts';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../config/config.module';
import { ReadinessChecks } from '../health/readiness-checks';
import type { RuntimeConfig } from '../platform/prepare-runtime';
import { appVersion } from './app-version';
import { LiveConnections } from './live-connections';
import { QueuesAdminService } from './queues-admin.service';

type Counts = Omit<SystemStatus['counts'], 'failedJobs'>;

const NO_COUNTS: Counts = {
  people: 0,
  deactivatedPeople: 0,
  organisations: 0,
  groups: 0,
  messagesLast24h: 0,
  openReports: 0,
};

@Injectable()
export class SystemStatusService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly readiness: ReadinessChecks,
    private readonly queues: QueuesAdminService,
    private readonly liveConnections: LiveConnections,
  ) {}

  async status(): Promise<SystemStatus> {
    const { checks, databaseLatencyMs } = await this.readiness.run();
    const [counts, failedJobs] = await Promise.all([
      checks.database === 'up' ? this.counts() : NO_COUNTS,
      checks.queue === 'up' ? this.failedJobs() : 0,
    ]);
    const uptimeSeconds = Math.floor(process.uptime());
    return {
      mode: this.config.embeddedDatabase || !this.config.redisUrl ? 'embedded' : 'scaled',
      version: appVersion(),
      startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
      uptimeSeconds,
      checks,
      databaseLatencyMs,
      queueBackend: this.config.redisUrl ? 'redis' : 'postgres',
      mail: this.config.smtpUrl ? 'smtp' : 'outbox',
      liveConnectionsHere: this.liveConnections.here(),
      counts: { ...counts, failedJobs },
    };
  }

  private async counts(): Promise<Counts> {
    const [row] = (await this.db.query(`
      SELECT (SELECT count(*)::int FROM users) AS people,
             (SELECT count(*)::int FROM users WHERE deactivated_at IS NOT NULL) AS deactivated_people,
             (SELECT count(*)::int FROM organisations) AS organisations,
             (SELECT count(*)::int FROM groups) AS groups,
             (SELECT count(*)::int FROM messages WHERE created_at > now() - interval '24 hours') AS messages_last_24h,
             (SELECT count(*)::int FROM reports WHERE status = 'open') AS open_reports`)) as {
      people: number;
      deactivated_people: number;
      organisations: number;
      groups: number;
      messages_last_24h: number;
      open_reports: number;
    }[];
    if (!row) return NO_COUNTS;
    return {
      people: row.people,
      deactivatedPeople: row.deactivated_people,
      organisations: row.organisations,
      groups: row.groups,
      messagesLast24h: row.messages_last_24h,
      openReports: row.open_reports,
    };
  }

  /** Failed jobs waiting for an admin, over every queue. */
  private async failedJobs(): Promise<number> {
    const summaries = await this.queues.summaries();
    return summaries.reduce((sum, summary) => sum + summary.counts.failed, 0);
  }
}
