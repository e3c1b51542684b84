/**
 * The `/live` namespace's front door: every handshake is authenticated with
 * the access token (refused with `UNAUTHENTICATED` otherwise), and each socket
 * joins its person's and its session's private channels, and gets the event
 * listeners that features registered with LiveEventRouter. Everything sent
 * goes through LivePublisher.
 */
import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { LIVE_NAMESPACE, UNAUTHENTICATED_HANDSHAKE } from '@klasteris/contracts';
import type { Namespace } from 'socket.io';

import { AccessTokenService } from '../../accounts/auth/access-token.service';
import { LivePublisher, sessionChannel, userChannel } from './live-publisher';
import { refuseOversizedFrames } from './frame-size-guard';
import { LiveEventRouter } from './live-event-router';
import { LiveSocket } from './live-socket';

@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<LiveSocket> {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly publisher: LivePublisher,
    private readonly router: LiveEventRouter,
  ) {}

  afterInit(namespace: Namespace): void {
    this.publisher.attach(namespace);
    namespace.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string' || token === '') return next(new Error(UNAUTHENTICATED_HANDSHAKE));
      this.accessTokens.verify(token).then(
        (user) => {
          (socket as LiveSocket).data.user = user;
          next();
        },
        () => next(new Error(UNAUTHENTICATED_HANDSHAKE)),
      );
    });
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    const user = socket.data.user;
    refuseOversizedFrames(socket, (event) => this.router.handles(event));
    this.router.attach(socket);
    await socket.join([userChannel(user.id), sessionChannel(user.sessionId)]);
    for (const result of await this.router.connected(socket)) {
      if (result.status === 'rejected')
        this.logger.error(`socket ${socket.id} set-up failed: ${String(result.reason)}`);
    }
    this.logger.debug(`socket ${socket.id} connected for ${user.id}`);
  }
}
