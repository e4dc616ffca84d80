// Benchmark at company scale (DESIGN.md targets): 100,000 customers and 1,000,000 visits, then
//   - a reminder sweep (each scheduled reminder job once) in under 1 s,
//   - all of a day's team reports built in under 5 s,
//   - customer lookup under 20 ms at p95.
//   npm run bench:scale [-- --customers 100000 --visits 1000000 --reps 200]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createDb, type Db, toDbTime } from '../src/db/client.ts';
import { matchCustomer } from '../src/db/customers.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { normalizeName } from '../src/domain/customers/normalize-name.ts';
import { checkComplaintDeadlines } from '../src/jobs/complaint-deadlines.ts';
import { sendCustomerCare } from '../src/jobs/customer-care.ts';
import { sendDailyReports } from '../src/jobs/daily-reports.ts';
import {
  escalateOverdueFollowUps,
  sendDueReminders,
  sendFollowUpDigests,
} from '../src/jobs/follow-up-jobs.ts';
import type { JobDeps, JobOutcome } from '../src/jobs/run-job.ts';
import { slotOf } from '../src/jobs/scheduler.ts';
import { companyName, summarize } from './bench-data.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    visits: { type: 'string', default: '1000000' },
    reps: { type: 'string', default: '200' },
  },
});
const customerCount = Number(values.customers);
const visitCount = Number(values.visits);
const repCount = Number(values.reps);
const day = 24 * 60 * 60 * 1000;
// A Monday 09:00 in Shanghai, when the digest and the care sweep run.
const now = new Date('2026-11-23T01:00:00Z');
// 18:00 the same day, when the team reports go out.
const reportTime = new Date('2026-11-23T10:00:00Z');

/** Inserts rows with multi-row INSERTs, in one transaction per batch (createMany is slower at this size). */
async function insertRows(
  db: Db,
  table: string,
  columns: string[],
  count: number,
  row: (i: number) => unknown[],
) {
  const perStatement = Math.floor(999 / columns.length);
  const sql = (n: number) =>
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: n }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}`;
  for (let from = 0; from < count; from += perStatement * 50) {
    await db.$transaction(async (tx) => {
      for (let start = from; start < Math.min(count, from + perStatement * 50); start += perStatement) {
        const n = Math.min(perStatement, count - start);
        await tx.$executeRawUnsafe(sql(n), ...Array.from({ length: n }, (_, k) => row(start + k)).flat());
      }
    });
  }
}

async function seed(db: Db): Promise<void> {
  const started = performance.now();
  const teams = Math.max(1, Math.round(repCount / 10));
  await insertRows(db, 'Team', ['name'], teams, (i) => [`Team ${i + 1}`]);
  await insertRows(db, 'Person', ['name', 'role', 'teamId', 'locale'], teams, (i) => [
    `Manager ${i + 1}`,
    'manager',
    i + 1,
    'zh',
  ]);
  await insertRows(db, 'Person', ['name', 'role', 'teamId', 'managerId', 'locale'], repCount, (i) => [
    `Rep ${i + 1}`,
    'rep',
    (i % teams) + 1,
    (i % teams) + 1,
    i % 4 === 0 ? 'en' : 'zh',
  ]);
  const firstRep = teams + 1;
  const ownerOf = (customer: number) => firstRep + (customer % repCount);
  await insertRows(
    db,
    'Customer',
    ['name', 'normalizedName', 'ownerId', 'grade', 'status', 'lastContactAt', 'createdAt', 'updatedAt'],
    customerCount,
    (i) => {
      const name = companyName(i);
      const lastContact = new Date(now.getTime() - ((i * 37) % 200) * day);
      return [
        name,
        normalizeName(name),
        ownerOf(i),
        'ABCD'[i % 4],
        'active',
        toDbTime(lastContact),
        toDbTime(now),
        toDbTime(now),
      ];
    },
  );
  await insertRows(
    db,
    'Visit',
    ['customerId', 'authorId', 'kind', 'occurredAt', 'summary', 'originalText', 'createdAt'],
    visitCount,
    (i) => {
      const customer = (i * 7919) % customerCount;
      const at = toDbTime(new Date(now.getTime() - ((i * 13) % 730) * day));
      return [
        customer + 1,
        ownerOf(customer),
        'visit',
        at,
        '聊了报价',
        `记录拜访 ${companyName(customer)}`,
        at,
      ];
    },
  );
  // One open follow-up per five customers, spread from two weeks overdue to two weeks ahead; one in ten
  // with a time of day, due within the next minutes for the due-time reminder.
  await insertRows(
    db,
    'FollowUp',
    ['customerId', 'assigneeId', 'title', 'dueAt', 'hasTime', 'status', 'createdAt'],
    Math.floor(customerCount / 5),
    (i) => {
      const customer = i * 5;
      const hasTime = i % 10 === 0;
      const due = hasTime
        ? new Date(now.getTime() - (i % 5) * 60_000)
        : new Date(now.getTime() + ((i % 28) - 14) * day);
      return [
        customer + 1,
        firstRep + (i % repCount),
        '跟进报价',
        toDbTime(due),
        hasTime ? 1 : 0,
        'open',
        toDbTime(now),
      ];
    },
  );
  await db.$executeRawUnsafe('ANALYZE');
  console.log(
    `seeded ${customerCount} customers, ${visitCount} visits, ${Math.floor(customerCount / 5)} follow-ups, ${repCount} reps in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function time(label: string, run: () => Promise<JobOutcome>): Promise<number> {
  const started = performance.now();
  const outcome = await run();
  const ms = performance.now() - started;
  const done = outcome.ran ? `${outcome.done} done, ${outcome.failed} failed` : 'not run';
  console.log(`  ${label}: ${ms.toFixed(0)} ms (${done})`);
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'chatcrm-bench-scale-'));
try {
  const url = `file:${join(dir, 'bench.db')}`;
  await applyMigrations(url);
  const db = await createDb(url);
  await seed(db);
  const deps: JobDeps = { db, logger: pino({ level: 'silent' }), now: () => now, timeZone: 'Asia/Shanghai' };
  const slot = slotOf(now);

  console.log('reminder sweep (each job once, target under 1 s each):');
  await time('follow_up_due', () => sendDueReminders(deps, slot));
  await time('follow_up_digest', () => sendFollowUpDigests(deps, slot));
  await time('follow_up_overdue', () => escalateOverdueFollowUps(deps, slot));
  await time('customer_care', () => sendCustomerCare(deps, slot));
  await time('complaint_deadlines', () => checkComplaintDeadlines(deps, slot));
  console.log('team reports (every team, one day; target under 5 s):');
  await time('daily_report', () => sendDailyReports({ ...deps, now: () => reportTime }, slotOf(reportTime)));
  console.log('  a second follow_up_due sweep, nothing new to send:');
  await time('follow_up_due', () => sendDueReminders(deps, slotOf(new Date(now.getTime() + 5 * 60_000))));

  const lookups: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = companyName((i * 104_729) % customerCount);
    const started = performance.now();
    await matchCustomer(db, i % 2 === 0 ? name : normalizeName(name).slice(0, 4));
    lookups.push(performance.now() - started);
  }
  summarize('customer lookup with 1,000,000 visits (target p95 < 20 ms)', lookups);
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
