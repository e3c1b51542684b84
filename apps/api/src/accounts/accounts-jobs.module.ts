/** The accounts' own jobs (expired-session purge), for processes that run jobs. */
import { Module } from '@nestjs/common';

import { JobRunnerModule } from '../platform/queue/job-runner.module';
import { PurgeExpiredSessionsJob } from './auth/purge-expired-sessions.job';

@Module({ imports: [JobRunnerModule], providers: [PurgeExpiredSessionsJob] })
export class AccountsJobsModule {}
