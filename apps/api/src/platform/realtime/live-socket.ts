import type { ClientToServerEvents, ServerToClientEvents } from '@klasteris/contracts';
import type { Socket } from 'socket.io';

import type { AuthenticatedUser } from '../../accounts/authenticated-user';

export interface LiveSocketData {
  user: AuthenticatedUser;
}

/** A socket on `/live` after the handshake: typed events, the person attached. */
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;
