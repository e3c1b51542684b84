// A cheap Socket.IO client over a raw WebSocket: it speaks just enough of the
// Engine.IO/Socket.IO text protocol to connect to a namespace, join a room,
// send with an acknowledgement and time `message:new` deliveries, parsing
// nothing but the timestamp it put in the body.
import { performance } from 'node:perf_hooks';

import WebSocket from 'ws';

const NAMESPACE = '/live';
const NEW_MESSAGE_PREFIX = `42${NAMESPACE},["message:new"`;
const BODY_MARK = '"body":"t:';

export class LoadClient {
  constructor(baseUrl, token, onDelivery) {
    this.url = `${baseUrl.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
    this.token = token;
    this.onDelivery = onDelivery;
    this.nextAckId = 1;
    this.pendingAcks = new Map();
    this.received = 0;
  }

  connect() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url, { perMessageDeflate: false });
      this.ws.on('error', reject);
      this.ws.on('message', (data) => {
        const text = data.toString();
        if (text.startsWith(NEW_MESSAGE_PREFIX)) return this.delivered(text);
        if (text === '2') return this.ws.send('3');
        if (text.startsWith('0{')) return this.ws.send(`40${NAMESPACE},${JSON.stringify({ token: this.token })}`);
        if (text.startsWith(`40${NAMESPACE},`)) return resolve();
        if (text.startsWith(`44${NAMESPACE},`)) return reject(new Error(`connect refused: ${text}`));
        if (text.startsWith(`43${NAMESPACE},`)) return this.acknowledged(text);
      });
    });
  }

  emit(event, payload) {
    const id = this.nextAckId++;
    return new Promise((resolve) => {
      this.pendingAcks.set(id, resolve);
      this.ws.send(`42${NAMESPACE},${id}${JSON.stringify([event, payload])}`);
    });
  }

  close() {
    this.ws.close();
  }

  delivered(text) {
    this.received += 1;
    const at = text.indexOf(BODY_MARK);
    if (at < 0) return;
    const start = at + BODY_MARK.length;
    const sentAt = Number(text.slice(start, text.indexOf('"', start)));
    this.onDelivery(performance.now() - sentAt);
  }

  acknowledged(text) {
    const head = `43${NAMESPACE},`.length;
    let end = head;
    while (text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
    const id = Number(text.slice(head, end));
    const resolve = this.pendingAcks.get(id);
    if (!resolve) return;
    this.pendingAcks.delete(id);
    resolve(JSON.parse(text.slice(end))[0]);
  }
}

/** The body carries the send time, so receivers compute latency from the text alone. */
export const timedBody = () => `t:${performance.now().toFixed(3)}`;
