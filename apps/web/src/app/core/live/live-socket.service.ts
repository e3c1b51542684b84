/**
 * The one Socket.IO connection to the `/live` namespace, typed with the
 * contract's event maps. It follows the session: connects after sign-in,
 * disconnects on sign-out. Every handshake (first and each reconnection)
 * carries a fresh access token; a handshake refused as UNAUTHENTICATED
 * refreshes the token and tries again a few times. When the server ends the
 * connection (the person's role changed, or their session ended), it
 * connects again once: a new handshake carries what changed, and one that
 * is no longer allowed is refused as above.
 *
 * Features never hold the socket itself: they listen with `on()` (listeners
 * survive reconnections and a new socket after a new sign-in), hear about
 * each (re)connection with `onConnect()`, and send with `request()`, which
 * turns the acknowledgement into a promise and refuses to send while
 * disconnected (Socket.IO would otherwise buffer the event and replay it
 * after reconnecting, before the feature has had a chance to resync).
 */
import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import {
  type Ack,
  type AckCallback,
  type ClientToServerEvents,
  LIVE_NAMESPACE,
  type ServerToClientEvents,
  UNAUTHENTICATED_HANDSHAKE,
} from '@klasteris/contracts';
import { io, type Socket } from 'socket.io-client';

import { AuthService } from '../auth/auth.service';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ClientEvent = keyof ClientToServerEvents;
export type RequestPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
export type ResponseData<E extends ClientEvent> =
  Parameters<ClientToServerEvents[E]>[1] extends AckCallback<infer T> ? T : never;
export type ServerEvent = keyof ServerToClientEvents;
export type ServerPayload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0];

/** A request that got no answer: the socket is not connected, or the answer did not come in time. */
export class LiveUnavailableError extends Error {
  constructor(readonly reason: 'offline' | 'timeout') {
    super(`The live connection is unavailable (${reason})`);
    this.name = 'LiveUnavailableError';
  }
}

/** How often a refused handshake is retried with a refreshed token before giving up. */
const MAX_AUTH_RETRIES = 3;
/** A moment before connecting again after the server ended the connection, so a change it made is committed everywhere. */
const SERVER_DISCONNECT_RECONNECT_MS = 500;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

type Listener = (payload: unknown) => void;
type TimedEmit = (event: string, payload: unknown, ack: (error: Error | null, response: unknown) => void) => void;

@Injectable({ providedIn: 'root' })
export class LiveSocketService {
  private readonly auth = inject(AuthService);
  private readonly isConnected = signal(false);
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly connectListeners = new Set<() => void>();
  private current: LiveSocket | null = null;
  private authRetries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** True while the socket is connected and authenticated. */
  readonly connected = this.isConnected.asReadonly();

  constructor() {
    // Only a different person means a new connection: a profile change (language, name) keeps the socket.
    const signedInUserId = computed(() => this.auth.user()?.id ?? null);
    effect(() => {
      const userId = signedInUserId();
      untracked(() => {
        this.disconnect();
        if (userId !== null) this.connect();
      });
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** The live socket while signed in. Prefer `on`, `onConnect` and `request`. */
  socket(): LiveSocket | null {
    return this.current;
  }

  /** Listens to a server event on this and every later connection; returns the way to stop. */
  on<E extends ServerEvent>(event: E, listener: (payload: ServerPayload<E>) => void): () => void {
    let forEvent = this.listeners.get(event);
    if (!forEvent) this.listeners.set(event, (forEvent = new Set()));
    // The payload's shape is the contract's: the server emits through the same typed map.
    const untyped = listener as Listener;
    forEvent.add(untyped);
    return () => forEvent.delete(untyped);
  }

  /** Called after every successful connection, the first and each reconnection. */
  onConnect(listener: () => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  /**
   * Sends an event and resolves with its acknowledgement (`{ok: true, data}`
   * or `{ok: false, error}`). Rejects with LiveUnavailableError when not
   * connected, when the connection drops before the answer, or on time-out.
   */
  request<E extends ClientEvent>(
    event: E,
    payload: RequestPayload<E>,
    timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  ): Promise<Ack<ResponseData<E>>> {
    const socket = this.current;
    if (socket === null || !socket.connected) return Promise.reject(new LiveUnavailableError('offline'));
    return new Promise((resolve, reject) => {
      // Socket.IO's typings cannot follow a generic event name through `timeout()`; the public signature does.
      const emit = socket.timeout(timeoutMs).emit as unknown as TimedEmit;
      emit.call(socket, event, payload, (error, response) => {
        if (error !== null) reject(new LiveUnavailableError(socket.connected ? 'timeout' : 'offline'));
        else resolve(response as Ack<ResponseData<E>>);
      });
    });
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
      for (const listener of [...this.connectListeners]) listener();
    });
    socket.on('disconnect', (reason) => {
      this.isConnected.set(false);
      // Socket.IO does not reconnect by itself after the server ended the connection.
      if (reason === 'io server disconnect') this.reconnectAfterServerEnded(socket);
    });
    socket.on('connect_error', (error) => {
      this.isConnected.set(false);
      // A refusal by the server is final for Socket.IO (`active` is false); an expired token is worth one more try.
      if (!socket.active && error.message === UNAUTHENTICATED_HANDSHAKE) this.retryWithNewToken(socket);
    });
    socket.onAny((event: string, payload: unknown) => {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
    });
    this.current = socket;
    socket.connect();
  }

  private reconnectAfterServerEnded(socket: LiveSocket): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.current === socket) socket.connect();
    }, SERVER_DISCONNECT_RECONNECT_MS);
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
    this.current?.offAny();
    this.current?.disconnect();
    this.current = null;
    this.isConnected.set(false);
  }
}
