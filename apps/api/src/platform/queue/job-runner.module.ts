/**
 * Job processing for processes that run jobs. Feature job modules import it;
 * it exists once however many do, so the handler check sees every handler.
 */
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QUEUES } from '@klasteris/contracts';

import { JOB_QUEUES, JobHandlerRegistry } from './job-handler-registry';
import { JobRunner } from './job-runner';

@Module({
  imports: [DiscoveryModule],
  providers: [{ provide: JOB_QUEUES, useValue: QUEUES }, JobHandlerRegistry, JobRunner],
  exports: [JobRunner],
})
export class JobRunnerModule {}
