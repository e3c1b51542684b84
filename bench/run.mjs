// npm run bench: the live path under load, ours against a bare Socket.IO
// server on the same machine, driven by the same cheap clients.
//   500 sockets in one room, 50 of them sending 1 message/s each
//   (about 25,000 deliveries/s), for BENCH_SECONDS (default 20).
// Prints deliveries, losses, p50/p95/p99 delivery latency and memory per idle
// connection for each, then the ratios ours/bare. It is a measurement, not a
// test: it exits 0 whatever the figures, and says which targets were met.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import jwt from 'jsonwebtoken';
import pg from 'pg';

import { connectInspector } from './inspector.mjs';
import { LoadClient, timedBody } from './load-client.mjs';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 500);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = path.join(root, 'dist/apps/api/main.js');

const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => process.stdout.write(`${line}\n`);

function start(command, args, env, ready) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return ready().then(
    () => child,
    (error) => {
      child.kill('SIGKILL');
      throw new Error(`${error.message}\n${output}`);
    },
  );
}

async function waitUntil(check, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not come up`);
}

async function stop(child) {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Ours, in embedded mode; people, sessions and the room are written straight into its database. */
async function startOurs() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'klasteris-bench-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'ROLE']) delete env[name];
  const baseUrl = `http://127.0.0.1:${port}`;
  const inspectorPort = await freePort();
  const child = await start(process.execPath, [`--inspect=127.0.0.1:${inspectorPort}`, apiMain], env, () =>
    waitUntil(() => fetch(`${baseUrl}/api/health`).then((r) => r.ok), 'the API'),
  );

  const pgPort = readFileSync(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8').split('\n')[3].trim();
  const password = readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim();
  const db = new pg.Client({
    host: '127.0.0.1',
    port: Number(pgPort),
    user: 'postgres',
    password,
    database: 'klasteris',
  });
  await db.connect();
  const secret = readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim();
  const [{ id: roomId }] = (
    await db.query(`INSERT INTO rooms (kind, name, audience) VALUES ('channel', 'Bench', 'members') RETURNING id`)
  ).rows;
  const tokens = [];
  const users = (
    await db.query(
      `INSERT INTO users (email, password_hash, display_name)
       SELECT 'bench' || i || '@example.org', 'not-a-hash', 'Bench person ' || i FROM generate_series(1, $1) i
       RETURNING id`,
      [SOCKETS],
    )
  ).rows;
  const sessions = (
    await db.query(
      `INSERT INTO auth_sessions (user_id, current_token_hash, expires_at)
       SELECT unnest($1::uuid[]), $2, now() + interval '1 day' RETURNING id, user_id`,
      [users.map((user) => user.id), randomBytes(32).toString('hex')],
    )
  ).rows;
  // 50 messages a second in one room is a spike automatic slow mode would rightly calm down;
  // the bench measures delivery, so it is switched off here (a moderator's choice in real use).
  await db.query(`UPDATE moderation_settings SET auto_slow_mode_enabled = false`);
  await db.query(`INSERT INTO room_members (room_id, user_id) SELECT $1, unnest($2::uuid[])`, [
    roomId,
    users.map((u) => u.id),
  ]);
  for (const session of sessions) {
    tokens.push(
      jwt.sign({ sid: session.id }, secret, { subject: session.user_id, algorithm: 'HS256', expiresIn: '1h' }),
    );
  }
  await db.end();
  return {
    name: 'Klasteris',
    baseUrl,
    inspectorPort,
    roomId,
    tokens,
    stop: async () => {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBare() {
  const port = await freePort();
  const inspectorPort = await freePort();
  const child = spawn(
    process.execPath,
    [`--inspect=127.0.0.1:${inspectorPort}`, path.join(root, 'bench/bare-server.mjs'), String(port)],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return {
    name: 'bare Socket.IO',
    baseUrl: `http://127.0.0.1:${port}`,
    inspectorPort,
    roomId: 'bench',
    tokens: Array.from({ length: SOCKETS }, () => 'none'),
    stop: () => stop(child),
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(server) {
  log(`\n${server.name}: connecting ${SOCKETS} sockets`);
  const inspector = await connectInspector(server.inspectorPort);
  const before = await inspector.memoryAfterGc();
  const latencies = [];
  const clients = server.tokens.map((token) => new LoadClient(server.baseUrl, token, (ms) => latencies.push(ms)));
  for (let i = 0; i < clients.length; i += 50)
    await Promise.all(clients.slice(i, i + 50).map((client) => client.connect()));
  for (let i = 0; i < clients.length; i += 50) {
    await Promise.all(clients.slice(i, i + 50).map((client) => client.emit('room:join', { roomId: server.roomId })));
  }
  await sleep(2000);
  const idle = await inspector.memoryAfterGc();
  inspector.close();
  const memoryPerConnectionKiB = (idle.rss - before.rss) / 1024 / SOCKETS;
  const heapPerConnectionKiB = (idle.heapUsed - before.heapUsed) / 1024 / SOCKETS;

  log(`${server.name}: ${SENDERS} senders at 1 message/s for ${SECONDS} s`);
  latencies.length = 0;
  for (const client of clients) client.received = 0;
  let acked = 0;
  let refused = 0;
  const senders = clients.slice(0, SENDERS);
  const timers = senders.map((client, i) =>
    setTimeout(
      () => {
        const send = () =>
          client
            .emit('message:send', { roomId: server.roomId, body: timedBody(), clientMsgId: randomUUID() })
            .then((ack) => (ack.ok ? (acked += 1) : (refused += 1)));
        void send();
        timers[i] = setInterval(send, 1000);
      },
      (1000 * i) / SENDERS,
    ),
  );
  // The first seconds warm up both sides (JIT, buffers) and are not counted.
  await sleep(WARM_UP_SECONDS * 1000);
  latencies.length = 0;
  const receivedBeforeCount = clients.reduce((sum, client) => sum + client.received, 0);
  const started = Date.now();
  await sleep(SECONDS * 1000);
  timers.forEach((timer) => (clearTimeout(timer), clearInterval(timer)));
  const elapsed = (Date.now() - started) / 1000;
  await sleep(2000);

  // Losses count every message, warm-up included: each acknowledged one must reach all sockets.
  const expected = acked * SOCKETS;
  const deliveries = clients.reduce((sum, client) => sum + client.received, 0);
  const countedDeliveries = deliveries - receivedBeforeCount;
  clients.forEach((client) => client.close());
  const sorted = Float64Array.from(latencies).sort();
  return {
    server: server.name,
    acked,
    refused,
    deliveries,
    lost: Math.max(0, expected - deliveries),
    perSecond: Math.round(countedDeliveries / elapsed),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    memoryPerConnectionKiB,
    heapPerConnectionKiB,
  };
}

const format = (result) =>
  [
    result.server.padEnd(16),
    `sent ${result.acked}${result.refused ? ` (+${result.refused} refused)` : ''}`,
    `deliveries ${result.deliveries} (${result.perSecond}/s)`,
    `lost ${result.lost}`,
    `p50 ${result.p50.toFixed(2)} ms`,
    `p95 ${result.p95.toFixed(2)} ms`,
    `p99 ${result.p99.toFixed(2)} ms`,
    `idle memory ${result.memoryPerConnectionKiB.toFixed(1)} KiB/connection (heap ${result.heapPerConnectionKiB.toFixed(1)})`,
  ].join(' | ');

async function main() {
  const bare = await startBare();
  const bareResult = await measure(bare).finally(() => bare.stop());
  const ours = await startOurs();
  const ourResult = await measure(ours).finally(() => ours.stop());

  const p99Ratio = ourResult.p99 / bareResult.p99;
  const memoryRatio = ourResult.memoryPerConnectionKiB / bareResult.memoryPerConnectionKiB;
  log('\nResults');
  log(format(bareResult));
  log(format(ourResult));
  log(`ratios ours/bare: p99 ${p99Ratio.toFixed(2)}x, idle memory per connection ${memoryRatio.toFixed(2)}x`);
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  log(
    `targets: nothing lost ${verdict(ourResult.lost === 0)}; p99 <= 50 ms ${verdict(ourResult.p99 <= 50)}; ` +
      `p99 <= 3x bare ${verdict(p99Ratio <= 3)}; idle memory <= 2x bare ${verdict(memoryRatio <= 2)}`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
