// Fault run: crashes and redeliveries. Starts the real service (src/main.ts) on a temp SQLite file with
// fake Slack and Feishu APIs in this process, all on 127.0.0.1; sends N signed "log visit" messages per
// platform, each from a conversation of its own; kills the service with SIGKILL a few times while it
// works through them and starts it again; then redelivers every event once, as a platform does when it
// missed an acknowledgement; waits (bounded) until nothing is left to do, and prints what a user and an
// operator would notice: visits stored per event sent, replies delivered (missing, duplicated), 5xx
// answers, hangs, and the service's RSS before and after.
//   npm run fault:crash [-- --events 150 --kills 3 --rate 15]
// At the default rate the sending spans the kills: some deliveries meet a dead service (as Slack's and
// Feishu's would) and others arrive while the restarted one recovers.
// Targets: visits stored = events sent, every reply exactly once, no 5xx, no answer slower than 3 s,
// RSS back within 10%. Exits 1 when one is missed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { signSlackRequest } from '../src/adapters/slack/verify-slack-request.ts';
import { seedDemo } from '../src/cli/seed-demo.ts';
import { createDb } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { startFakeOpenPlatform } from '../test/adapters/feishu/fake-open-platform.ts';
import {
  appId,
  encryptedRequest,
  encryptKey,
  messageEvent,
  verificationToken,
} from '../test/adapters/feishu/fixtures.ts';
import { startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.ts';
import { directMessage, signingSecret } from '../test/adapters/slack/slack-payloads.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '150' },
    kills: { type: 'string', default: '3' },
    rate: { type: 'string', default: '15' },
    'quiet-timeout': { type: 'string', default: '90' },
  },
});
const perPlatform = Number(values.events);
const kills = Number(values.kills);
const rate = Number(values.rate);
const quietTimeoutMs = Number(values['quiet-timeout']) * 1000;
const hangMs = 3000;
const text = '记录拜访 华为 今天和张总聊了报价，下周二跟进';
const agent = new Agent({ keepAlive: false, maxSockets: 64 });

const dir = mkdtempSync(join(tmpdir(), 'chatcrm-fault-crash-'));
const file = join(dir, 'fault.db');
const slackApi = await startFakeSlackApi();
const feishuApi = await startFakeOpenPlatform();
const port = await freePort();
const answers = { total: 0, fiveXx: 0, otherStatus: 0, refused: 0, hangs: 0, ms: [] as number[] };
let service: ChildProcess | undefined;

try {
  await applyMigrations(`file:${file}`);
  const seed = await createDb(`file:${file}`);
  await seedDemo(seed, new Date());
  const zhang = await seed.person.findFirstOrThrow({ where: { name: '张伟' } });
  for (let i = 0; i < 10; i += 1)
    await seed.identity.createMany({
      data: [
        { platform: 'slack', externalId: `U_F${i}`, personId: zhang.id },
        { platform: 'feishu', externalId: `ou_f${i}`, personId: zhang.id },
      ],
    });
  await seed.$disconnect();

  const total = perPlatform * 2;
  service = await startService();
  console.log(`${perPlatform} "log visit" events per platform at ${rate}/s each; ${kills} kills (SIGKILL)`);
  // Kill points spread over the work: after a quarter, a half, … of the events are processed.
  const killAt = Array.from({ length: kills }, (_, k) => Math.floor((total * (k + 1)) / (kills + 2)));
  let sent = false;
  const sending = sendAll(false).then(() => {
    sent = true;
  });
  for (const point of killAt) {
    // Once everything is sent and done there is no work left to interrupt: the kill is then a plain restart.
    await waitFor(() => {
      const events = countEvents();
      return events.done >= point || (sent && events.done === events.total);
    }, 120_000);
    const { done, total: recorded } = countEvents();
    service.kill('SIGKILL');
    await new Promise((resolve) => service!.once('exit', resolve));
    console.log(
      `  killed with ${done} events processed, ${recorded - done} recorded and waiting; restarting`,
    );
    service = await startService();
  }
  await sending;
  await waitForQuiet();
  const rssBefore = rssOf(service);

  console.log('  redelivering every event once');
  await sendAll(true);
  await waitForQuiet();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssAfter = rssOf(service);

  const visits = countVisits();
  const replies = { slack: slackReplies(), feishu: feishuReplies() };
  const events = countEvents();
  const missing = replies.slack.missing + replies.feishu.missing;
  const duplicated = replies.slack.duplicated + replies.feishu.duplicated;
  const rssGrowth = (rssAfter - rssBefore) / rssBefore;
  console.log(
    [
      `events sent: ${total} (${perPlatform} Slack, ${perPlatform} Feishu), each delivered once and redelivered once`,
      `visits stored: ${visits.slack + visits.feishu} (Slack ${visits.slack}, Feishu ${visits.feishu})   events failed: ${events.failed}   unfinished: ${events.total - events.done}`,
      `replies delivered (a visit card and a minutes card per event): missing ${missing} (Slack ${replies.slack.missing}, Feishu ${replies.feishu.missing}), duplicated ${duplicated} (Slack ${replies.slack.duplicated}, Feishu ${replies.feishu.duplicated})`,
      `  Feishu sends ${replies.feishu.sends}, distinct by uuid ${replies.feishu.distinct} (Feishu drops a repeated uuid); Slack posts ${replies.slack.sends}`,
      `requests: ${answers.total}, 5xx ${answers.fiveXx}, other non-200 ${answers.otherStatus}, refused while the service was down ${answers.refused} (tried again 1 s later)`,
      `hangs over ${hangMs / 1000} s: ${answers.hangs}   answers p50 ${percentile(50)} ms, p99 ${percentile(99)} ms, slowest ${percentile(100)} ms`,
      `service RSS before the redelivery ${mb(rssBefore)}, after ${mb(rssAfter)} (${(rssGrowth * 100).toFixed(1)}%)`,
    ].join('\n'),
  );
  const ok =
    visits.slack + visits.feishu === total &&
    missing === 0 &&
    duplicated === 0 &&
    answers.fiveXx === 0 &&
    answers.hangs === 0 &&
    rssGrowth <= 0.1;
  console.log(ok ? 'PASS' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (service && service.exitCode === null) {
    service.kill('SIGTERM');
    await new Promise((resolve) => service!.once('exit', resolve));
  }
  agent.destroy();
  await slackApi.close();
  await feishuApi.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Both platforms' events at `rate` per second each; with `again`, as redeliveries of the same ids. */
async function sendAll(again: boolean): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const started = performance.now();
  for (let i = 0; i < perPlatform; i += 1) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      deliver('/slack/events', (attempt) => slackEvent(i, again || attempt > 0)),
      deliver('/feishu/events', () => feishuEvent(i)),
    );
  }
  await Promise.all(pending);
}

/**
 * Like the platforms: a delivery that found no service (connection refused while it restarts) is
 * tried again a second later, up to 10 times; a delivery that was answered is not.
 */
type SignedRequest = { raw: Buffer; headers: Record<string, string> };

async function deliver(path: string, body: (attempt: number) => SignedRequest) {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if ((await send(path, body(attempt))) !== 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Slack's signed message.im event from a conversation of its own (replies are counted per channel). */
function slackEvent(i: number, again: boolean) {
  const raw = JSON.stringify(
    directMessage(text, { eventId: `Ev_F${i}`, user: `U_F${i % 10}`, channel: `D_F${i}` }),
  );
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    raw: Buffer.from(raw),
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(signingSecret, timestamp, raw),
      ...(again ? { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } : {}),
    },
  };
}

/** Feishu's encrypted, signed im.message.receive_v1 from a p2p chat of its own. */
function feishuEvent(i: number) {
  return encryptedRequest(
    messageEvent({
      eventId: `ev_f${i}`,
      messageId: `om_f${i}`,
      chatId: `oc_f${i}`,
      openId: `ou_f${i % 10}`,
      text,
      createTime: new Date(),
    }),
  );
}

/** One POST, answered or not: counts 5xx, refusals (service down) and answers slower than 3 s. */
function send(path: string, body: SignedRequest): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number) => {
      const ms = performance.now() - started;
      answers.total += 1;
      if (status >= 500) answers.fiveXx += 1;
      else if (status === 0) answers.refused += 1;
      else if (status !== 200) answers.otherStatus += 1;
      if (ms > hangMs) answers.hangs += 1;
      if (status !== 0) answers.ms.push(ms);
      resolve(status);
    };
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: body.headers, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done(0));
    req.end(body.raw);
  });
}

/** The real service as `npm start` runs it, ready when /healthz answers (bounded). */
async function startService(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--heap-growing-percent=20', '--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${file}`,
      LOG_LEVEL: 'error',
      SLACK_BOT_TOKEN: 'xoxb-fault',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slackApi.apiUrl,
      FEISHU_APP_ID: appId,
      FEISHU_APP_SECRET: 'fault-secret',
      FEISHU_ENCRYPT_KEY: encryptKey,
      FEISHU_VERIFICATION_TOKEN: verificationToken,
      FEISHU_DOMAIN: feishuApi.url,
      FEISHU_LONG_CONNECTION: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const healthy = await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    return fetch(`http://127.0.0.1:${port}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
  }, 60_000);
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error('the service did not answer /healthz within 60 s');
  }
  return child;
}

/** Every recorded event finished and nothing left in the outbox, or the time is up. */
async function waitForQuiet(): Promise<void> {
  const quiet = await waitFor(() => {
    const events = countEvents();
    return events.done === events.total && countPendingMessages() === 0;
  }, quietTimeoutMs);
  if (!quiet) console.log(`  not quiet after ${quietTimeoutMs / 1000} s: figures below are as they stood`);
}

/** Polls `condition` every 100 ms until it holds or `ms` pass; whether it held. */
async function waitFor(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function read<T>(sql: string): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

function countEvents(): { total: number; done: number; failed: number } {
  return read(
    `SELECT COUNT(*) AS total, SUM(status IN ('processed', 'failed')) AS done,
       SUM(status = 'failed') AS failed FROM InboundEvent`,
  );
}

function countPendingMessages(): number {
  return read<{ n: number }>(`SELECT COUNT(*) AS n FROM OutboxMessage WHERE status = 'pending'`).n;
}

/** Visits logged by the events of each platform (the audit names the event that wrote them). */
function countVisits(): { slack: number; feishu: number } {
  return read(
    `SELECT SUM(source LIKE 'slack:%') AS slack, SUM(source LIKE 'feishu:%') AS feishu
       FROM AuditLog WHERE action = 'visit.logged'`,
  );
}

/** Each event's conversation should get one visit card and one minutes card, no more, no less. */
function tally(perConversation: Map<string, string[]>): { missing: number; duplicated: number } {
  let missing = 0;
  let duplicated = 0;
  for (let i = 0; i < perPlatform; i += 1) {
    const titles = perConversation.get(String(i)) ?? [];
    for (const kind of ['已记录拜访', '会议纪要']) {
      const count = titles.filter((title) => title.startsWith(kind)).length;
      missing += Math.max(0, 1 - count);
      duplicated += Math.max(0, count - 1);
    }
  }
  return { missing, duplicated };
}

function slackReplies() {
  const posts = slackApi.callsTo('chat.postMessage');
  const byEvent = new Map<string, string[]>();
  for (const post of posts) {
    const i = String(post.body.channel ?? '').replace(/^D_F/, '');
    byEvent.set(i, [...(byEvent.get(i) ?? []), String(post.body.text ?? '')]);
  }
  return { ...tally(byEvent), sends: posts.length };
}

function feishuReplies() {
  const sends = feishuApi.sends().filter((sent) => sent.kind === 'create');
  // Feishu sends a message once per uuid (for an hour): a resend after a crash is not shown twice.
  const distinct = new Map(sends.map((sent) => [String(sent.body.uuid), sent]));
  const byEvent = new Map<string, string[]>();
  for (const sent of distinct.values()) {
    const i = String(sent.body.receive_id ?? '').replace(/^oc_f/, '');
    const header = sent.card.header as { title?: { content?: string } } | undefined;
    byEvent.set(i, [...(byEvent.get(i) ?? []), header?.title?.content ?? '']);
  }
  return { ...tally(byEvent), sends: sends.length, distinct: distinct.size };
}

/** Resident set size of the service, from /proc (Linux). */
function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function percentile(p: number): string {
  const sorted = [...answers.ms].sort((a, b) => a - b);
  const at = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return at === undefined ? '-' : at.toFixed(0);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}
