/**
 * Client events on `/live` → feature handlers. Features register one handler
 * per event at start (two for one event is a start-up error); every socket
 * gets the same shared listener functions, so a connection costs a few
 * pointers, not a pipeline per event. Each handler's result or error becomes
 * the event's acknowledgement (socket-ack.ts).
 */
import { Injectable } from '@nestjs/common';
import type { ClientToServerEvents } from '@klasteris/contracts';

import type { LiveSocket } from './live-socket';
import { acknowledge } from './socket-ack';

type EventName = keyof ClientToServerEvents;
type AckData<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (response: infer R) => void
  ? R extends { ok: true; data: infer D }
    ? D
    : never
  : never;

export type LiveEventHandler<E extends EventName> = (socket: LiveSocket, payload: unknown) => Promise<AckData<E>>;

type SocketListener = (this: LiveSocket, ...args: unknown[]) => void;

@Injectable()
export class LiveEventRouter {
  private readonly listeners = new Map<string, SocketListener>();
  private readonly disconnectingListeners: ((socket: LiveSocket) => void)[] = [];
  private readonly connectionListeners: ((socket: LiveSocket) => Promise<void>)[] = [];

  on<E extends EventName>(event: E, handler: LiveEventHandler<E>): void {
    if (this.listeners.has(event)) throw new Error(`Two handlers registered for the socket event "${event}"`);
    this.listeners.set(event, function (this: LiveSocket, ...args: unknown[]) {
      // A client may send the acknowledgement alone, with no payload.
      const ack = args[args.length - 1];
      const payload = args.length > 1 ? args[0] : undefined;
      void acknowledge(ack, () => handler(this, payload));
    });
  }

  /** Called for each new socket after it joined its person's channels (to join feature channels, say). */
  onConnection(listener: (socket: LiveSocket) => Promise<void>): void {
    this.connectionListeners.push(listener);
  }

  /** Runs the connection listeners; one that fails is logged by the gateway and does not stop the others. */
  connected(socket: LiveSocket): Promise<PromiseSettledResult<void>[]> {
    return Promise.allSettled(this.connectionListeners.map((listener) => listener(socket)));
  }

  /** Called as a socket is about to leave (its rooms are still known). */
  onDisconnecting(listener: (socket: LiveSocket) => void): void {
    this.disconnectingListeners.push(listener);
  }

  handles(event: string): boolean {
    return this.listeners.has(event);
  }

  attach(socket: LiveSocket): void {
    for (const [event, listener] of this.listeners) socket.on(event as EventName, listener as never);
    if (this.disconnectingListeners.length > 0) {
      socket.on('disconnecting', () => this.disconnectingListeners.forEach((listener) => listener(socket)));
    }
  }
}
