/**
 * In a worker process (ROLE=worker) there are no client sockets, but jobs
 * still publish live events. With Redis, a Socket.IO server that listens on
 * nothing joins the Redis stream, so whatever the publisher emits here is
 * delivered by the API processes. Without Redis there is no other process to
 * reach, and the publisher stays detached (embedded mode runs ROLE=all).
 */
import { Inject, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LIVE_NAMESPACE } from '@klasteris/contracts';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../prepare-runtime';
import { LivePublisher } from './live-publisher';
import { useRedisStreams } from './live-socket.adapter';

@Injectable()
class WorkerLiveEmitter implements OnModuleInit, OnModuleDestroy {
  private server: Server | null = null;
  private redis: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    private readonly publisher: LivePublisher,
  ) {}

  onModuleInit(): void {
    if (!this.config.redisUrl) return;
    this.server = new Server({ serveClient: false });
    this.redis = useRedisStreams(this.server, this.config.redisUrl, this.config.redisPrefix);
    this.publisher.attach(this.server.of(LIVE_NAMESPACE));
  }

  async onModuleDestroy(): Promise<void> {
    // Never attached to an HTTP server, Socket.IO's close() rejects (it has no engine) after closing the
    // adapters, which is all there is to close here; its callback would never be called.
    await this.server?.close().catch(() => undefined);
    await this.redis?.quit().catch(() => undefined);
  }
}

@Module({ providers: [WorkerLiveEmitter] })
export class WorkerLiveEmitterModule {}
