/**
 * How many sockets are connected to this process. The `/live` namespace is
 * held by the gateway, so the count is read from the namespace of the
 * sockets as they connect (nothing has connected before the first one).
 * Always 0 in a worker, which holds no client sockets.
 */
import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';

import { LiveEventRouter } from '../platform/realtime/live-event-router';

@Injectable()
export class LiveConnections {
  private namespace: Namespace | null = null;

  constructor(router: LiveEventRouter) {
    router.onConnection(async (socket) => {
      this.namespace = socket.nsp;
    });
  }

  /** Sockets of this process only; other nodes count their own. */
  here(): number {
    return this.namespace?.sockets.size ?? 0;
  }
}
