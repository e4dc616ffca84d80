// Benchmark: a "log visit" message handled end to end (parse + store + reply) and a customer lookup,
// on a database seeded with 100,000 customers. Targets (DESIGN.md): < 100 ms median per message,
// < 20 ms p95 per lookup.   npm run bench [-- --customers 100000 --messages 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { seedDemo } from '../src/cli/seed-demo.ts';
import { createBot } from '../src/core/handle-event.ts';
import { createDb } from '../src/db/client.ts';
import { matchCustomer } from '../src/db/customers.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { normalizeName } from '../src/domain/customers/normalize-name.ts';
import { companyName, summarize } from './bench-data.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    messages: { type: 'string', default: '1000' },
  },
});
const customerCount = Number(values.customers);
const messageCount = Number(values.messages);

const dir = mkdtempSync(join(tmpdir(), 'chatcrm-bench-'));
try {
  const url = `file:${join(dir, 'bench.db')}`;
  await applyMigrations(url);
  const db = await createDb(url);
  const now = new Date();
  await seedDemo(db, now);
  const rep = await db.person.findFirstOrThrow({ where: { name: '张伟' } });

  let started = performance.now();
  const names: string[] = [];
  const chunk = 5000;
  for (let from = 0; from < customerCount; from += chunk) {
    const rows = [];
    for (let i = from; i < Math.min(customerCount, from + chunk); i++) {
      const name = companyName(i);
      names.push(name);
      rows.push({
        name,
        normalizedName: normalizeName(name),
        ownerId: i % 3 === 0 ? rep.id : null,
        grade: 'ABCD'[i % 4]!,
      });
    }
    await db.customer.createMany({ data: rows });
  }
  console.log(`seeded ${customerCount} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const bot = createBot({ db, logger: pino({ level: 'silent' }), now: () => now, timeZone: 'Asia/Shanghai' });
  const sender = { platform: 'console' as const, externalId: 'demo:zhang' };
  const chat = { id: 'bench', kind: 'direct' as const };
  // Warm up the parser, the prepared statements and the JIT.
  for (let i = 0; i < 20; i++) {
    await bot.handle({
      kind: 'message',
      eventId: `w${i}`,
      sender,
      chat,
      text: `记录拜访 ${names[i * 3]} 今天和张总聊了报价，下周二跟进`,
    });
  }

  const messages: number[] = [];
  const outcomes = new Map<string, number>();
  for (let i = 0; i < messageCount; i++) {
    const name = names[((i * 7717) % Math.floor(customerCount / 3)) * 3]!;
    const text =
      i % 2 === 0
        ? `记录拜访 ${name} 今天和张总聊了报价，客户希望月底前拿到方案，下周二跟进`
        : `log visit with ${name}: met CTO Zhang, they want a quote by Friday, follow up next Tuesday`;
    started = performance.now();
    const reply = await bot.handle({ kind: 'message', eventId: `m${i}`, sender, chat, text });
    messages.push(performance.now() - started);
    const outcome = reply.cards[0]?.buttons.some((button) => button.action === 'visit.undo')
      ? 'logged'
      : `answered "${reply.cards[0]?.title}"`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  summarize('log visit message (parse + store + reply)', messages);
  for (const [outcome, count] of outcomes) console.log(`  ${count} × ${outcome}`);

  const kinds = ['exact name', 'normalized key', 'prefix', 'typo', 'unknown'] as const;
  const lookups = new Map<string, number[]>(kinds.map((kind) => [kind, []]));
  for (let i = 0; i < 1000; i++) {
    const name = names[(i * 104_729) % customerCount]!;
    const key = normalizeName(name);
    const kind = kinds[i % kinds.length]!;
    const mention = {
      'exact name': name,
      'normalized key': key,
      prefix: key.slice(0, 4),
      typo: `${key}x`,
      unknown: '不存在的客户名',
    }[kind];
    started = performance.now();
    await matchCustomer(db, mention);
    lookups.get(kind)!.push(performance.now() - started);
  }
  summarize('customer lookup, all kinds', [...lookups.values()].flat());
  for (const [kind, samples] of lookups) summarize(`  ${kind}`, samples);

  const finds: number[] = [];
  for (let i = 0; i < 300; i++) {
    const name = names[((i * 7717) % Math.floor(customerCount / 3)) * 3]!;
    started = performance.now();
    await bot.handle({ kind: 'message', eventId: `f${i}`, sender, chat, text: `查一下 ${name}` });
    finds.push(performance.now() - started);
  }
  summarize('find customer message (profile card)', finds);
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
