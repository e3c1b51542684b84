/**
 * Writes messages into a room from outside the browser, over the same
 * socket API the client uses, as a demo account. The send rate limit is per
 * person, so tests that need many messages write as several people at once.
 */
import { randomUUID } from 'node:crypto';

import type {
  AuthResponse,
  AutoSlowModeSettings,
  ClientToServerEvents,
  ServerToClientEvents,
} from '@klasteris/contracts';
import { io, type Socket } from 'socket.io-client';

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

async function accessTokenFor(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in ${email} failed: ${response.status}`);
  return ((await response.json()) as AuthResponse).accessToken;
}

function connect(baseUrl: string, token: string): Promise<LiveClient> {
  const socket: LiveClient = io(`${baseUrl}/live`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Signs in, enters the room and sends each body in turn, waiting out the rate limit when told to. */
export async function writeMessages(
  baseUrl: string,
  account: { email: string; password: string },
  roomId: string,
  bodies: readonly string[],
): Promise<void> {
  const socket = await connect(baseUrl, await accessTokenFor(baseUrl, account.email, account.password));
  try {
    const joined = await socket.emitWithAck('room:join', { roomId });
    if (!joined.ok) throw new Error(`${account.email} cannot join: ${joined.error.code}`);
    for (const body of bodies) {
      const clientMsgId = randomUUID();
      for (;;) {
        const sent = await socket.emitWithAck('message:send', { roomId, body, clientMsgId });
        if (sent.ok) break;
        if (sent.error.code !== 'RATE_LIMITED') throw new Error(`${account.email} cannot send: ${sent.error.code}`);
        await new Promise((resolve) => setTimeout(resolve, (sent.error.retryAfterSeconds ?? 1) * 1000 + 50));
      }
    }
  } finally {
    socket.disconnect();
  }
}

/** Moves the person's read cursor to the room's newest message, as their client would after reading it all. */
export async function markAllRead(
  baseUrl: string,
  account: { email: string; password: string },
  roomId: string,
): Promise<void> {
  const socket = await connect(baseUrl, await accessTokenFor(baseUrl, account.email, account.password));
  try {
    const joined = await socket.emitWithAck('room:join', { roomId });
    if (!joined.ok) throw new Error(`${account.email} cannot join: ${joined.error.code}`);
    const read = await socket.emitWithAck('room:read', { roomId, seq: joined.data.lastSeq });
    if (!read.ok) throw new Error(`${account.email} cannot mark read: ${read.error.code}`);
  } finally {
    socket.disconnect();
  }
}

/**
 * Switches automatic slow mode off, as an admin would: tests that write a
 * long history in seconds are a spike it would rightly slow down.
 */
export async function switchOffAutoSlowMode(
  baseUrl: string,
  admin: { email: string; password: string },
): Promise<void> {
  const token = await accessTokenFor(baseUrl, admin.email, admin.password);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const current = await fetch(`${baseUrl}/api/admin/moderation-settings`, { headers });
  if (!current.ok) throw new Error(`Reading the moderation settings failed: ${current.status}`);
  const settings = { ...((await current.json()) as AutoSlowModeSettings), enabled: false };
  const saved = await fetch(`${baseUrl}/api/admin/moderation-settings`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(settings),
  });
  if (!saved.ok) throw new Error(`Switching automatic slow mode off failed: ${saved.status}`);
}
