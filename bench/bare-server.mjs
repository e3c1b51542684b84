// The yardstick: a bare Socket.IO server that does only what the live path
// must do at minimum (accept, join one room, broadcast each message to it and
// acknowledge), with no database, authentication or jobs.
import { createServer } from 'node:http';

import { Server } from 'socket.io';

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { serveClient: false });
const live = io.of('/live');
let seq = 0;

live.on('connection', (socket) => {
  socket.on('room:join', (payload, ack) => {
    socket.join(payload.roomId);
    ack({ ok: true, data: { room: { id: payload.roomId }, online: [], messages: [], questions: [], lastSeq: seq } });
  });
  socket.on('message:send', (payload, ack) => {
    seq += 1;
    const message = {
      id: `${seq}`,
      roomId: payload.roomId,
      seq,
      parentId: null,
      author: { id: 'bare', displayName: 'Bare', organisationName: null },
      body: payload.body,
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
      hidden: false,
      reactions: {},
    };
    live.to(payload.roomId).emit('message:new', { message });
    ack({ ok: true, data: { message } });
  });
});

http.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => process.exit(0));
