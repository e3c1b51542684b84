/** socket.io-client helpers for the `/live` namespace. */
import type { ClientToServerEvents, ServerToClientEvents } from '@klasteris/contracts';
import { io, Socket } from 'socket.io-client';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function liveClient(
  baseUrl: string,
  token: string | undefined,
  headers: Record<string, string> = {},
): LiveClient {
  return io(`${baseUrl}/live`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
}

/** Resolves when connected; rejects with the server's connect_error message. */
export function connected(socket: LiveClient): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

export function disconnected(socket: LiveClient): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: LiveClient,
  event: E,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    (socket.once as (event: string, listener: (payload: unknown) => void) => void)(event as string, (payload) => {
      clearTimeout(timer);
      resolve(payload as Parameters<ServerToClientEvents[E]>[0]);
    });
  });
}

/** Sends an event and resolves with its acknowledgement. */
export function emitWithAck<E extends keyof ClientToServerEvents>(
  socket: LiveClient,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 10_000,
): Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ack for ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    (socket.emit as (event: string, payload: unknown, ack: (response: unknown) => void) => void)(
      event as string,
      payload,
      (response) => {
        clearTimeout(timer);
        resolve(response as Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]);
      },
    );
  });
}

/** Collects every payload of an event, for asserting order and absence. */
export function collect<E extends keyof ServerToClientEvents>(
  socket: LiveClient,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const received: Parameters<ServerToClientEvents[E]>[0][] = [];
  (socket.on as (event: string, listener: (payload: unknown) => void) => void)(event as string, (payload) =>
    received.push(payload as Parameters<ServerToClientEvents[E]>[0]),
  );
  return received;
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
