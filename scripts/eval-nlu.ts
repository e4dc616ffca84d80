// Measures understanding on the labelled corpus: a fresh demo database, the corpus through
// `crm parse --resolve`, accuracy per field against issue 12's targets and a confusion table of intents.
//   npm run eval:nlu [-- --verbose] [--strict] [--corpus test/nlu/corpus.jsonl]
// Exit 0 (CI prints it), 1 with --strict when a target is missed, 2 when the corpus is malformed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDemo } from '../src/cli/seed-demo.ts';
import { createDb } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { formatConfusion, formatFieldTable, formatMisses, meetsTargets } from '../test/nlu/format-score.ts';
import { type CorpusEntry, corpusTimeZone, defaultNow, readCorpus } from '../test/nlu/read-corpus.ts';
import { type ParseOutput, scoreCorpus } from '../test/nlu/score-corpus.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'test/nlu/corpus.jsonl' },
  },
});

const { entries, problems } = readCorpus(readFileSync(values.corpus, 'utf8'));
if (problems.length > 0) {
  console.error(`${values.corpus} is malformed:\n  ${problems.join('\n  ')}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'chatcrm-eval-'));
const databaseUrl = `file:${join(dir, 'eval.db')}`;
const started = Date.now();
let resolveUnknown = false;
try {
  await applyMigrations(databaseUrl);
  const db = await createDb(databaseUrl);
  // Seeded at the corpus's clock, so the demo's follow-ups are due around the days the messages speak of.
  await seedDemo(db, new Date(defaultNow));
  await db.$disconnect();

  const outputs: (ParseOutput | null)[] = new Array(entries.length).fill(null);
  const notes = new Set<string>();
  for (const group of groupBySenderAndClock(entries)) {
    const answers = parseGroup(
      group.as,
      group.now,
      group.items.map(({ entry }) => entry.text),
      notes,
    );
    group.items.forEach(({ index }, i) => {
      outputs[index] = answers[i] ?? null;
    });
  }

  const score = scoreCorpus(entries, outputs, corpusTimeZone);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`NLU evaluation: ${entries.length} messages from ${values.corpus}, ${seconds} s`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(
    `\n${formatFieldTable(score)}\n\nIntents (rows: labelled, columns: parsed)\n${formatConfusion(score)}`,
  );
  if (values.verbose && score.misses.length > 0)
    console.log(`\nMisses (${score.misses.length})\n${formatMisses(score)}`);
  process.exitCode = values.strict && !meetsTargets(score) ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function groupBySenderAndClock(list: CorpusEntry[]) {
  const groups = new Map<
    string,
    { as: string; now: string; items: { entry: CorpusEntry; index: number }[] }
  >();
  list.forEach((entry, index) => {
    const key = `${entry.as}\u0000${entry.now}`;
    const group = groups.get(key) ?? { as: entry.as, now: entry.now, items: [] };
    group.items.push({ entry, index });
    groups.set(key, group);
  });
  return groups.values();
}

/**
 * One CLI process per (sender, clock): texts on stdin, one JSON line back per text. While `--resolve` is
 * not there yet, the plain parse is scored instead and every customer label counts as missed.
 */
function parseGroup(as: string, now: string, texts: string[], notes: Set<string>): (ParseOutput | null)[] {
  const common = ['--now', now, '--tz', corpusTimeZone];
  if (!resolveUnknown) {
    const resolved = runCli(['parse', '--resolve', '--as', as, ...common], texts);
    if (resolved.answers) return resolved.answers;
    // A CLI without the option says so for every group: ask once, not once per group.
    resolveUnknown = /unknown option '--resolve'/i.test(resolved.problem ?? '');
    notes.add(
      `parse --resolve failed (${resolved.problem}); scored the plain parse, customers count as missed`,
    );
  }
  const plain = runCli(['parse', ...common], texts);
  if (plain.answers) return plain.answers;
  notes.add(`parse failed too (${plain.problem}); nothing was scored right for ${as}`);
  return texts.map(() => null);
}

function runCli(args: string[], texts: string[]): { answers?: (ParseOutput | null)[]; problem?: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input: `${texts.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', TZ_DEFAULT: corpusTimeZone },
  });
  const lines = (result.stdout ?? '').split('\n').filter((line) => line.trim() !== '');
  if (result.status !== 0 || lines.length !== texts.length) {
    const why =
      (result.stderr ?? '').trim().split('\n')[0] || result.error?.message || `exit ${result.status}`;
    return { problem: `${why.slice(0, 120)}; ${lines.length} of ${texts.length} lines back` };
  }
  return {
    answers: lines.map((line) => {
      try {
        return JSON.parse(line) as ParseOutput;
      } catch {
        return null;
      }
    }),
  };
}
