/**
 * The composition root. `forRoot` takes the runtime config prepared before
 * Nest starts (database chosen, secret known) and wires the platform and the
 * features. ROLE decides whether HTTP and sockets are part of this process.
 */
import { DynamicModule, Module } from '@nestjs/common';

import { AccountsJobsModule } from './accounts/accounts-jobs.module';
import { AccountsModule } from './accounts/accounts.module';
import { AdminModule } from './admin/admin.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { ConfigModule } from './config/config.module';
import { ConsultationsLiveModule } from './consultations/consultations-live.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { GroupsLiveModule } from './groups/groups-live.module';
import { GroupsModule } from './groups/groups.module';
import { HealthModule } from './health/health.module';
import { AutoSlowModeJobsModule } from './moderation/auto-slow-mode/auto-slow-mode-jobs.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsJobsModule } from './notifications/notifications-jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OfficeHoursJobsModule } from './office-hours/office-hours-jobs.module';
import { OfficeHoursModule } from './office-hours/office-hours.module';
import { DatabaseModule } from './platform/database/database.module';
import type { RuntimeConfig } from './platform/prepare-runtime';
import { QueueModule } from './platform/queue/queue.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { LiveGatewayModule } from './platform/realtime/live-gateway.module';
import { RealtimeModule } from './platform/realtime/realtime.module';
import { WorkerLiveEmitterModule } from './platform/realtime/worker-live-emitter.module';
import { RedisModule } from './platform/redis/redis.module';
import { PrivacyJobsModule } from './privacy/privacy-jobs.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { RoomsLiveModule } from './rooms/rooms-live.module';
import { RoomsModule } from './rooms/rooms.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        RateLimitModule,
        QueueModule,
        RealtimeModule,
        AccountsModule,
        HealthModule,
        SeedModule,
        RoomsModule,
        NotificationsModule,
        AdminModule,
        ProgrammesModule,
        AssignmentsModule,
        ConsultationsModule,
        OfficeHoursModule,
        GroupsModule,
        ModerationModule,
        PrivacyModule,
        // Sockets belong to processes that serve HTTP; job processors to those that run jobs.
        ...(config.role === 'worker'
          ? [WorkerLiveEmitterModule]
          : [LiveGatewayModule, RoomsLiveModule, ConsultationsLiveModule, GroupsLiveModule]),
        ...(config.role === 'api'
          ? []
          : [
              NotificationsJobsModule,
              AccountsJobsModule,
              OfficeHoursJobsModule,
              PrivacyJobsModule,
              AutoSlowModeJobsModule,
            ]),
      ],
    };
  }
}
