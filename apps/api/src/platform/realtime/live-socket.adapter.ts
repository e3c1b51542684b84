/**
 * The Socket.IO server: transport size limit, origin allow-list and, with Redis,
 * the Redis Streams adapter so rooms span every API process (it resumes from
 * the stream after a Redis blip instead of dropping packets).
 */
import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';

import type { RuntimeConfig } from '../prepare-runtime';
import { createRedisClient } from '../redis/redis.module';
import { TRANSPORT_MAX_BYTES } from './frame-size-guard';

export class LiveSocketAdapter extends IoAdapter {
  private server: Server | null = null;
  private redisForShutdown: { quit(): Promise<unknown> } | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly config: RuntimeConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    // All gateways share one server; Nest asks once per gateway.
    if (this.server) return this.server;
    const server: Server = super.createIOServer(port, {
      ...(options as ServerOptions),
      maxHttpBufferSize: TRANSPORT_MAX_BYTES,
      cors: { origin: this.config.allowedOrigins, credentials: true },
      allowRequest: (request, callback) => callback(null, isAllowedOrigin(request, this.config.allowedOrigins)),
      serveClient: false,
    });
    if (this.config.redisUrl)
      this.redisForShutdown = useRedisStreams(server, this.config.redisUrl, this.config.redisPrefix);
    this.server = server;
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await this.redisForShutdown?.quit().catch(() => undefined);
    this.redisForShutdown = null;
  }
}

/** Every node (and worker) on the same Redis stream shares rooms. Returns the client to close at shutdown. */
export function useRedisStreams(server: Server, redisUrl: string, prefix: string): Redis {
  const redis = createRedisClient(redisUrl);
  server.adapter(
    createAdapter(redis, {
      streamName: `${prefix}:socket.io`,
      channelPrefix: `${prefix}:socket.io`,
      sessionKeyPrefix: `${prefix}:socket.io:session:`,
      onlyPlaintext: true,
      // The stream reader stops only after its blocking read returns; a short block lets a node shut down quickly.
      blockTimeInMs: 1000,
    }),
  );
  return redis;
}

/**
 * Browsers always send Origin on a cross-site handshake; one from outside the
 * allow-list is refused. Clients that send none (servers, native apps) are not
 * browsers and so cannot be used for cross-site request forgery.
 */
export function isAllowedOrigin(request: IncomingMessage, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  return origin === undefined || allowedOrigins.includes(origin);
}
