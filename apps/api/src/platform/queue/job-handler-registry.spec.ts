/**
 * The start-up check as Nest runs it: a module whose providers leave a job
 * of the queues without a handler, or give one two, does not start.
 */
import { Injectable, Module, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { JobPayloads } from '@klasteris/contracts';

import { JobHandlerMismatchError } from './job-handler-check';
import { JOB_QUEUES, JobHandlerRegistry } from './job-handler-registry';
import { HandlesJob } from './job-handler.decorator';

const QUEUES = { mail: ['mail.send-notification', 'mail.send-digest'] } as const;
const handled: string[] = [];

@Injectable()
class NotificationMail {
  @HandlesJob('mail.send-notification')
  async send(payload: JobPayloads['mail.send-notification']): Promise<void> {
    handled.push(`notification ${payload.notificationId}`);
  }
}

@Injectable()
class DigestMail {
  @HandlesJob('mail.send-digest')
  async send(): Promise<void> {
    handled.push('digest');
  }
}

@Injectable()
class AnotherDigestMail {
  @HandlesJob('mail.send-digest')
  async sendToo(): Promise<void> {
    handled.push('digest again');
  }
}

async function start(...handlers: Type[]) {
  @Module({ imports: [DiscoveryModule], providers: [{ provide: JOB_QUEUES, useValue: QUEUES }, JobHandlerRegistry, ...handlers] })
  class JobsModule {}
  const moduleRef = await Test.createTestingModule({ imports: [JobsModule] }).compile();
  await moduleRef.init();
  return moduleRef;
}

describe('JobHandlerRegistry at start', () => {
  beforeEach(() => handled.splice(0));

  it('starts when every job has one handler, and hands each job to it', async () => {
    const moduleRef = await start(NotificationMail, DigestMail);
    const registry = moduleRef.get(JobHandlerRegistry);
    await registry.handlerOf('mail.send-notification')!({ notificationId: 'n1' }, {} as never);
    await registry.handlerOf('mail.send-digest')!({}, {} as never);
    expect(handled).toEqual(['notification n1', 'digest']);
    await moduleRef.close();
  });

  it('refuses to start when a job has no handler', async () => {
    await expect(start(NotificationMail)).rejects.toThrow(JobHandlerMismatchError);
    await expect(start(NotificationMail)).rejects.toThrow('job "mail.send-digest" (queue "mail") has no handler');
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    await expect(start(NotificationMail, DigestMail, AnotherDigestMail)).rejects.toThrow(
      'job "mail.send-digest" (queue "mail") has 2 handlers: DigestMail.send, AnotherDigestMail.sendToo',
    );
  });
});
