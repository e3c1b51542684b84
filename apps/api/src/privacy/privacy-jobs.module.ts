/** The privacy jobs (the daily retention purge), for processes that run jobs. */
import { Module } from '@nestjs/common';

import { JobRunnerModule } from '../platform/queue/job-runner.module';
import { PrivacyModule } from './privacy.module';
import { PurgeExpiredContentJob } from './retention/purge-expired-content.job';

@Module({ imports: [JobRunnerModule, PrivacyModule], providers: [PurgeExpiredContentJob] })
export class PrivacyJobsModule {}
