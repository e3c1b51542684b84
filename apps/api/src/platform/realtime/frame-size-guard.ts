/**
 * Refuses, on the event's acknowledgement and without closing the connection,
 * events nobody handles and frames over the contract's 64 KiB.
 *
 * Frames over the contract's 64 KiB are refused with PAYLOAD_TOO_LARGE on the
 * event's acknowledgement, and the connection stays open. (Engine.IO's own
 * `maxHttpBufferSize` would close the connection instead, so it is set higher
 * and only guards against abuse.)
 */
import { SOCKET_FRAME_MAX_BYTES } from '@klasteris/contracts';

import { DomainError } from '../errors/domain-error';
import type { LiveSocket } from './live-socket';
import { toAckError } from './socket-ack';

/** Hard limit at which Engine.IO drops the connection. */
export const TRANSPORT_MAX_BYTES = 1024 * 1024;

export function refuseOversizedFrames(socket: LiveSocket, isKnownEvent: (event: string) => boolean): void {
  let lastFrameBytes = 0;
  // Engine.IO emits 'packet' for each incoming frame just before Socket.IO decodes
  // it and runs the middleware below, synchronously, so the size belongs to that event.
  socket.conn.on('packet', (packet: { type: string; data?: unknown }) => {
    if (packet.type !== 'message') return;
    const data = packet.data;
    lastFrameBytes =
      typeof data === 'string'
        ? data.length * 3 <= SOCKET_FRAME_MAX_BYTES
          ? data.length
          : Buffer.byteLength(data)
        : Buffer.isBuffer(data)
          ? data.length
          : 0;
  });
  socket.use((packet, next) => {
    const refusal =
      lastFrameBytes > SOCKET_FRAME_MAX_BYTES
        ? new DomainError('PAYLOAD_TOO_LARGE', `A frame may be at most ${SOCKET_FRAME_MAX_BYTES} bytes`)
        : !isKnownEvent(String(packet[0]))
          ? new DomainError('NOT_FOUND', `There is no event "${String(packet[0])}"`)
          : null;
    if (!refusal) return next();
    const ack: unknown = packet[packet.length - 1];
    if (typeof ack === 'function') ack(toAckError(refusal));
  });
}
