/** The automatic slow mode sweep (`moderation.calm-rooms`), for processes that run jobs (ROLE all or worker). */
import { Module } from '@nestjs/common';

import { JobRunnerModule } from '../../platform/queue/job-runner.module';
import { AutoSlowModeModule } from './auto-slow-mode.module';
import { CalmRoomsJob } from './calm-rooms.job';

@Module({
  imports: [JobRunnerModule, AutoSlowModeModule],
  providers: [CalmRoomsJob],
})
export class AutoSlowModeJobsModule {}
