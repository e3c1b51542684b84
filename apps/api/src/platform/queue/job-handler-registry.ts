/**
 * Finds every `@HandlesJob` method among the application's providers and
 * checks them against the contracts' queues before anything runs (a missing
 * or doubled handler stops the start). JobRunner asks it for the handler of
 * each job it takes.
 */
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Job } from 'bullmq';

import { assertEveryJobHandledOnce, FoundJobHandler } from './job-handler-check';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';

/** The queues and job names to check against: the contracts' QUEUES (a token so tests can give their own). */
export const JOB_QUEUES = Symbol('JOB_QUEUES');
export type JobQueues = Readonly<Record<string, readonly string[]>>;

type BoundHandler = (payload: unknown, job: Job) => Promise<void>;

@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, BoundHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(JOB_QUEUES) readonly queues: JobQueues,
  ) {}

  onModuleInit(): void {
    const found: (FoundJobHandler & { run: BoundHandler })[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || typeof instance !== 'object' || instance === null) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (typeof method !== 'function') continue;
        const job = Reflect.getMetadata(JOB_HANDLER_METADATA, method) as string | undefined;
        if (job === undefined) continue;
        found.push({
          job,
          owner: `${instance.constructor.name}.${name}`,
          run: (method as (payload: unknown, job: Job) => Promise<void>).bind(instance),
        });
      }
    }
    assertEveryJobHandledOnce(this.queues, found);
    for (const handler of found) this.handlers.set(handler.job, handler.run);
  }

  handlerOf(job: string): BoundHandler | undefined {
    return this.handlers.get(job);
  }
}
