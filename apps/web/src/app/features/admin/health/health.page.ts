/**
 * `/admin/health`: how the running service is: its mode and version, how
 * long it has been up, the checks of its database, queue and Redis, and a
 * few counts; refreshed on request, with links to the queues and outbox.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { SystemStatus } from '@klasteris/contracts';

import { type ErrorMessage, errorMessageFor } from '../../../core/api/api-error';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { TranslationKey } from '../../../core/i18n/translation-key';
import { AdminApi } from '../../../core/api/admin-api';
import { CHECK_LABELS, uptimeText } from './system-status';

type CheckName = keyof SystemStatus['checks'];
type CountName = keyof SystemStatus['counts'];

@Component({
  selector: 'kl-health-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe, LocalDateTimePipe],
  templateUrl: './health.page.html',
  styleUrls: ['../admin-page.scss', './health.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HealthPage {
  private readonly api = inject(AdminApi);

  protected readonly checkLabels = CHECK_LABELS;
  protected readonly checks: readonly { name: CheckName; label: TranslationKey }[] = [
    { name: 'database', label: 'adminHealth.database' },
    { name: 'queue', label: 'adminHealth.queue' },
    { name: 'redis', label: 'adminHealth.redis' },
  ];
  protected readonly counts: readonly { name: CountName; label: TranslationKey }[] = [
    { name: 'people', label: 'adminHealth.people' },
    { name: 'deactivatedPeople', label: 'adminHealth.deactivatedPeople' },
    { name: 'organisations', label: 'adminHealth.organisations' },
    { name: 'groups', label: 'adminHealth.groups' },
    { name: 'messagesLast24h', label: 'adminHealth.messagesLast24h' },
    { name: 'openReports', label: 'adminHealth.openReports' },
    { name: 'failedJobs', label: 'adminHealth.failedJobs' },
  ];

  protected readonly status = signal<SystemStatus | null>(null);
  protected readonly uptime = computed(() => {
    const system = this.status();
    return system === null ? null : uptimeText(system.uptimeSeconds);
  });
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly refreshing = signal(false);
  protected readonly updatedAt = signal<Date | null>(null);
  private ticket = 0;

  constructor() {
    void this.refresh();
  }

  protected async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    this.refreshing.set(true);
    this.loadError.set(null);
    try {
      const system = await this.api.systemStatus();
      if (ticket !== this.ticket) return;
      this.status.set(system);
      this.updatedAt.set(new Date());
    } catch (error) {
      if (ticket === this.ticket) this.loadError.set(errorMessageFor(error));
    } finally {
      if (ticket === this.ticket) this.refreshing.set(false);
    }
  }
}
