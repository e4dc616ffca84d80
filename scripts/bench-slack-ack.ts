// Benchmark: how fast chatcrm acknowledges signed Slack events, beside a bare Bolt app that only acks.
//   npm run bench:slack [-- --events 2000 --rate 500 --seconds 4]
// Three child processes on this machine, all on 127.0.0.1: the real service (src/main.ts on a temp
// SQLite file, Slack pointed at a fake API), a minimal Bolt app, and that fake Slack API; this process
// sends the load. It prints (a) acks/s with 200 in flight, service vs Bolt, (b) ack latency p50/p99 at a
// fixed offered rate while the service processes what it acknowledged, and (c) that every event was
// processed afterwards (visits counted in the database). Every phase is bounded in count and time.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signSlackRequest } from '../src/adapters/slack/verify-slack-request.ts';
import { seedDemo } from '../src/cli/seed-demo.ts';
import { createDb, type Db } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrations.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'bench' },
    port: { type: 'string', default: '0' },
    events: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '4' },
    inflight: { type: 'string', default: '200' },
  },
});
const secret = 'bench-signing-secret';
const users = 20;
const text = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

if (values.role === 'bolt') await runBolt(Number(values.port));
else if (values.role === 'fake-api') await runFakeApi(Number(values.port));
else await runBench();

/** A Bolt app that verifies and acknowledges, nothing else: the yardstick. */
async function runBolt(port: number): Promise<void> {
  const { App, LogLevel } = await import('@slack/bolt');
  const app = new App({
    signingSecret: secret,
    token: 'xoxb-bench',
    botId: 'B_BENCH',
    botUserId: 'U_BOT',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
  });
  app.event('message', async () => {});
  await app.start(port);
  process.send?.('ready');
}

/** Slack's Web API, answered at once: chat.postMessage and friends always succeed. */
async function runFakeApi(port: number): Promise<void> {
  const { createServer: createHttp } = await import('node:http');
  let ts = 0;
  const server = createHttp((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, channel: 'D_BENCH', ts: `${++ts}.0001`, message_ts: `${ts}.0002` }));
    });
  });
  server.listen(port, '127.0.0.1', () => process.send?.('ready'));
}

async function runBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chatcrm-bench-slack-'));
  const url = `file:${join(dir, 'bench.db')}`;
  const children: ChildProcess[] = [];
  try {
    await applyMigrations(url);
    const seedDb = await createDb(url);
    await seedDemo(seedDb, new Date());
    const zhang = await seedDb.person.findFirstOrThrow({ where: { name: '张伟' } });
    for (let i = 0; i < users; i += 1)
      await seedDb.identity.create({
        data: { platform: 'slack', externalId: `U_B${i}`, personId: zhang.id },
      });
    const seededVisits = await seedDb.visit.count();
    // The service applies migrations at start and wants the file to itself for that moment.
    await seedDb.$disconnect();

    const [servicePort, boltPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    children.push(await startChild(['--role', 'fake-api', '--port', String(apiPort)], {}));
    children.push(await startChild(['--role', 'bolt', '--port', String(boltPort)], {}));
    children.push(
      await startService(servicePort, {
        DATABASE_URL: url,
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      }),
    );
    const db = await createDb(url);
    const service = `http://127.0.0.1:${servicePort}/slack/events`;
    const bolt = `http://127.0.0.1:${boltPort}/slack/events`;
    const count = Number(values.events);
    const inflight = Number(values.inflight);
    let sent = 0;

    console.log(`(a) ${count} signed "log visit" events per run, ${inflight} in flight`);
    // Warm both up (JIT, connections) with a few hundred events each, not counted.
    await closedLoop(bolt, 300, 50, 'warm-b');
    await closedLoop(service, 300, 50, 'warm-s');
    sent += 300;
    await waitForVisits(db, seededVisits + sent, 120_000);
    const runs: { bolt: number; service: number }[] = [];
    for (let round = 0; round < 2; round += 1) {
      const b = await closedLoop(bolt, count, inflight, `b${round}`);
      const s = await closedLoop(service, count, inflight, `s${round}`);
      sent += count;
      runs.push({ bolt: b.perSecond, service: s.perSecond });
      console.log(
        `    round ${round + 1}: Bolt ${b.perSecond.toFixed(0)} acks/s (${b.errors} errors), chatcrm ${s.perSecond.toFixed(0)} acks/s (${s.errors} errors)`,
      );
      // Let the service work off what it acknowledged before the next measurement.
      await waitForVisits(db, seededVisits + sent, 180_000);
    }
    const best = (key: 'bolt' | 'service') => Math.max(...runs.map((run) => run[key]));
    console.log(
      `    acks/s: chatcrm ${best('service').toFixed(0)}, Bolt ${best('bolt').toFixed(0)}, ratio ${(best('service') / best('bolt')).toFixed(2)} (target >= 0.9)`,
    );

    const rate = Number(values.rate);
    const seconds = Number(values.seconds);
    console.log(`(b) ${rate} events/s offered for ${seconds} s, while the service processes them`);
    const open = await openLoop(service, rate, seconds);
    sent += open.sent;
    console.log(
      `    ${open.sent} sent, ${open.errors} errors; ack latency p50 ${open.p50.toFixed(1)} ms, p99 ${open.p99.toFixed(1)} ms, max ${open.max.toFixed(1)} ms (target p99 < 50 ms)`,
    );

    const started = Date.now();
    const processed = await waitForVisits(db, seededVisits + sent, 300_000);
    console.log(
      `(c) visits logged: ${processed - seededVisits} of ${sent} events acknowledged by chatcrm` +
        ` (all processed ${((Date.now() - started) / 1000).toFixed(1)} s after the last ack)`,
    );
    await db.$disconnect();
    if (processed - seededVisits !== sent) process.exitCode = 1;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

function startChild(args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-slack-ack.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start in 60 s`)), 60_000);
    child.once('message', () => {
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** The real service, as `npm start` runs it, ready when /healthz answers. */
async function startService(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--heap-growing-percent=20', '--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 600; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return child;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the service did not become healthy within 60 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A signed event_callback with a direct message that logs a visit, like Slack sends it. */
function signedEvent(id: string, i: number): { body: string; headers: Record<string, string> } {
  const user = `U_B${i % users}`;
  const body = JSON.stringify({
    token: 'XXYYZZ',
    team_id: 'T_BENCH',
    api_app_id: 'A_BENCH',
    event: {
      type: 'message',
      channel_type: 'im',
      user,
      text,
      ts: `1700000000.${String(i).padStart(6, '0')}`,
      channel: `D_B${i % users}`,
      event_ts: `1700000000.${String(i).padStart(6, '0')}`,
    },
    type: 'event_callback',
    event_id: `Ev_${id}_${i}`,
    event_time: 1700000000,
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackRequest(secret, timestamp, body),
    },
  };
}

/** One POST; resolves with the status (0 on a network error) and the time to the full answer. */
function post(
  target: string,
  event: { body: string; headers: Record<string, string> },
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(target, { method: 'POST', agent, headers: event.headers, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.on('timeout', () => req.destroy());
    req.end(event.body);
  });
}

/** `count` events with `inflight` requests outstanding at all times: acknowledgements per second. */
async function closedLoop(target: string, count: number, inflight: number, id: string) {
  const events = Array.from({ length: count }, (_, i) => signedEvent(id, i));
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (next < count) {
        const event = events[next++]!;
        const { status } = await post(target, event);
        if (status !== 200) errors += 1;
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), errors };
}

/** Sends at a fixed rate whatever the answers (open loop), for `seconds`: the ack latencies. */
async function openLoop(target: string, rate: number, seconds: number) {
  const total = rate * seconds;
  const latencies: number[] = [];
  let errors = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = signedEvent('open', i);
    pending.push(
      post(target, event).then(({ status, ms }) => {
        if (status === 200) latencies.push(ms);
        else errors += 1;
      }),
    );
  }
  await Promise.all(pending);
  latencies.sort((x, y) => x - y);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    sent: total,
    errors,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
  };
}

/**
 * Polls the service's database until `target` visits exist and their replies have left the outbox,
 * or the time runs out; the number of visits.
 */
async function waitForVisits(db: Db, target: number, ms: number): Promise<number> {
  const end = Date.now() + ms;
  const busy = async () =>
    (await db.visit.count()) < target ||
    (await db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) > 0;
  while ((await busy()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 250));
  return db.visit.count();
}
