// Benchmark: Feishu webhook acknowledgements under load. Starts the real service (src/main.ts) as a
// child process on 127.0.0.1 with an Encrypt Key, a fresh SQLite file and FEISHU_DOMAIN pointing at a
// fake open platform in this process; offers encrypted, signed im.message.receive_v1 events at a fixed
// rate (open loop: the next send does not wait for the last answer) while the service processes them,
// and prints acknowledgement p50/p99. Target (DESIGN.md): p99 < 50 ms at 500 events/s, every event
// processed.   npm run bench:feishu [-- --rate 500 --seconds 10 --chats 50]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { encryptFeishu, feishuSignature } from '../src/adapters/feishu/feishu-crypto.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '10' },
    chats: { type: 'string', default: '50' },
    'drain-timeout': { type: 'string', default: '180' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const chats = Number(values.chats);
const total = Math.round(rate * seconds);
const drainTimeoutMs = Number(values['drain-timeout']) * 1000;
const encryptKey = 'bench-encrypt-key';
const verificationToken = 'bench-verification-token';

// A fake open platform: tokens, bot info, contact names and message sends, counted.
let sent = 0;
const fake = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    let body: unknown = { code: 0, msg: 'ok', data: { message_id: `om_${++sent}` } };
    if (path.endsWith('/tenant_access_token/internal'))
      body = { code: 0, tenant_access_token: 't-bench', expire: 7200 };
    else if (path === '/open-apis/bot/v3/info') body = { code: 0, bot: { open_id: 'ou_bot' } };
    else if (path.startsWith('/open-apis/contact/'))
      body = { code: 0, data: { user: { name: 'Bench User' } } };
    else if (!path.startsWith('/open-apis/im/v1/messages')) sent -= 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});
await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', () => resolve()));
const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;

const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'chatcrm-bench-feishu-'));
const dbFile = join(dir, 'bench.db');
const profile = process.env.BENCH_CPU_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
  : [];
const service = spawn(
  process.execPath,
  [...profile, '--heap-growing-percent=20', '--import', 'tsx', 'src/main.ts'],
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      LOG_LEVEL: 'warn',
      FEISHU_APP_ID: 'cli_bench',
      FEISHU_APP_SECRET: 'bench-secret',
      FEISHU_ENCRYPT_KEY: encryptKey,
      FEISHU_VERIFICATION_TOKEN: verificationToken,
      FEISHU_DOMAIN: fakeUrl,
      FEISHU_LONG_CONNECTION: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);

try {
  await waitForHealth(port, 60_000);
  const texts = ['help', '我的跟进', '帮助', 'my follow-ups', '查一下 华为'];
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  // Warm up as a running service is warm: modules loaded on first use, the tenant token, the people.
  const warmup = Array.from({ length: chats }, (_, i) => signedBody(total + i, texts[i % texts.length]!));
  await Promise.all(warmup.map((body) => post(agent, port, body)));
  await waitForProcessed(dbFile, warmup.length, 120_000);
  const baseline = countProcessed(dbFile);
  const bodies = Array.from({ length: total }, (_, i) => signedBody(i, texts[i % texts.length]!));
  const latencies: number[] = [];
  let failures = 0;
  const slowAt: number[] = [];
  const startedAt = performance.now();
  const inFlight: Promise<void>[] = [];
  // Open loop in 10 ms ticks: each tick sends what the schedule says is due by then.
  for (let next = 0; next < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * rate) + 1);
    for (; next < due; next++) {
      const body = bodies[next]!;
      const sentAt = (performance.now() - startedAt) / 1000;
      inFlight.push(
        post(agent, port, body).then(
          ({ status, ms }) => {
            if (status === 200) latencies.push(ms);
            else failures += 1;
            if (ms > 500) slowAt.push(sentAt);
          },
          () => {
            failures += 1;
          },
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(inFlight);
  const offeredFor = (performance.now() - startedAt) / 1000;
  const processedDuringOffer = countProcessed(dbFile) - baseline;
  const drainStarted = performance.now();
  const processed = (await waitForProcessed(dbFile, baseline + total, drainTimeoutMs)) - baseline;
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const ok = failures === 0 && processed === total && pct(99) < 50;
  console.log(
    [
      `feishu webhook acknowledgement, ${total} encrypted events offered at ${rate}/s over ${offeredFor.toFixed(1)} s (${chats} chats)`,
      `  ack p50 ${pct(50).toFixed(1)} ms   p90 ${pct(90).toFixed(1)} ms   p99 ${pct(99).toFixed(1)} ms   max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms   (target p99 < 50 ms)`,
      `  answered 200: ${latencies.length}   failed: ${failures}`,
      ...(slowAt.length > 0
        ? [
            `  acks over 500 ms: ${slowAt.length}, sent between ${Math.min(...slowAt).toFixed(1)} s and ${Math.max(...slowAt).toFixed(1)} s`,
          ]
        : []),
      `  processed while offered: ${processedDuringOffer}   processed in all: ${processed}/${total} (${drainSeconds.toFixed(1)} s after the last send)`,
      `  replies sent to the fake open platform: ${sent} (with the warm-up's ${warmup.length})`,
      ok ? 'PASS' : 'FAIL',
    ].join('\n'),
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  service.kill('SIGTERM');
  await new Promise((resolve) => service.once('exit', resolve));
  fake.close();
  rmSync(dir, { recursive: true, force: true });
}

function signedBody(i: number, text: string): { raw: Buffer; headers: Record<string, string> } {
  const now = Date.now();
  const event = {
    schema: '2.0',
    header: {
      event_id: `bench-${i}-${randomBytes(4).toString('hex')}`,
      event_type: 'im.message.receive_v1',
      create_time: String(now),
      token: verificationToken,
      app_id: 'cli_bench',
      tenant_key: 'bench',
    },
    event: {
      sender: { sender_id: { open_id: `ou_bench_${i % chats}` }, sender_type: 'user', tenant_key: 'bench' },
      message: {
        message_id: `om_bench_${i}`,
        create_time: String(now + i * (1000 / rate)),
        chat_id: `oc_bench_${i % chats}`,
        chat_type: 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text }),
      },
    },
  };
  const raw = Buffer.from(JSON.stringify({ encrypt: encryptFeishu(encryptKey, JSON.stringify(event)) }));
  const timestamp = String(Math.floor(now / 1000));
  const nonce = randomBytes(8).toString('hex');
  const signature = feishuSignature(timestamp, nonce, encryptKey, raw);
  return {
    raw,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signature,
    },
  };
}

function post(agent: Agent, port: number, body: { raw: Buffer; headers: Record<string, string> }) {
  return new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/feishu/events',
        method: 'POST',
        agent,
        headers: body.headers,
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body.raw);
  });
}

/** Polls the service's database until `count` events are processed or the time is up; the count. */
async function waitForProcessed(file: string, count: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  let processed = countProcessed(file);
  while (processed < count && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    processed = countProcessed(file);
  }
  return processed;
}

function countProcessed(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        "SELECT COUNT(*) AS n FROM InboundEvent WHERE platform = 'feishu' AND status IN ('processed', 'failed')",
      )
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

async function waitForHealth(port: number, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet: migrations are still running.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service did not answer /healthz within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
