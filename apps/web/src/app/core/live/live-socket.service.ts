/**
 * The one Socket.IO connection to the `/live` namespace, typed with the
 * contract's event maps. It follows the session: connects after sign-in,
 * disconnects on sign-out. Every handshake (first and each reconnection)
 * carries a fresh access token; a handshake refused as UNAUTHENTICATED
 * refreshes the token and tries again a few times.
 */
import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import {
  type ClientToServerEvents,
  LIVE_NAMESPACE,
  type ServerToClientEvents,
  UNAUTHENTICATED_HANDSHAKE,
} from '@klasteris/contracts';
import { io, type Socket } from 'socket.io-client';

import { AuthService } from '../auth/auth.service';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How often a refused handshake is retried with a refreshed token before giving up. */
const MAX_AUTH_RETRIES = 3;

@Injectable({ providedIn: 'root' })
export class LiveSocketService {
  private readonly auth = inject(AuthService);
  private readonly isConnected = signal(false);
  private current: LiveSocket | null = null;
  private authRetries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** True while the socket is connected and authenticated. */
  readonly connected = this.isConnected.asReadonly();

  constructor() {
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => {
        this.disconnect();
        if (userId !== null) this.connect();
      });
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** The live socket while signed in, for features that send or listen to events. */
  socket(): LiveSocket | null {
    return this.current;
  }

  private connect(): void {
    const socket: LiveSocket = io(LIVE_NAMESPACE, {
      autoConnect: false,
      withCredentials: true,
      // WebSocket first: it needs no sticky sessions when several API nodes run; polling is the fallback.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      auth: (send) => {
        void this.auth.freshAccessToken().then((token) => send({ token: token ?? '' }));
      },
    });
    socket.on('connect', () => {
      this.authRetries = 0;
      this.isConnected.set(true);
    });
    socket.on('disconnect', () => this.isConnected.set(false));
    socket.on('connect_error', (error) => {
      this.isConnected.set(false);
      // A refusal by the server is final for Socket.IO (`active` is false); an expired token is worth one more try.
      if (!socket.active && error.message === UNAUTHENTICATED_HANDSHAKE) this.retryWithNewToken(socket);
    });
    this.current = socket;
    socket.connect();
  }

  private retryWithNewToken(socket: LiveSocket): void {
    if (this.authRetries >= MAX_AUTH_RETRIES) return;
    const attempt = ++this.authRetries;
    void this.auth.refreshAccessToken().then((token) => {
      if (token === null || this.current !== socket) return;
      this.retryTimer = setTimeout(
        () => {
          this.retryTimer = null;
          if (this.current === socket) socket.connect();
        },
        500 * 2 ** (attempt - 1),
      );
    });
  }

  private disconnect(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.authRetries = 0;
    this.current?.removeAllListeners();
    this.current?.disconnect();
    this.current = null;
    this.isConnected.set(false);
  }
}
