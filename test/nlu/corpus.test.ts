import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/domain/customers/to-simplified.ts';
import { formatConfusion, formatFieldTable, meetsTargets } from './format-score.ts';
import { type CorpusEntry, readCorpus } from './read-corpus.ts';
import { scoreCorpus } from './score-corpus.ts';

const corpusText = readFileSync(new URL('./corpus.jsonl', import.meta.url), 'utf8');

describe('the NLU corpus', () => {
  const { entries, problems } = readCorpus(corpusText);

  it('is well formed: known intents, demo customers their sender may act on, real days, no repeats', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(600);
  });

  it.each([
    ['log_visit', 200],
    ['find_customer', 60],
    ['list_followups', 40],
    ['file_complaint', 70],
    ['add_customer', 20],
    ['daily_report', 15],
    ['help', 15],
    ['small_talk', 30],
    ['unknown', 10],
  ])('holds at least %s × %i', (intent, least) => {
    expect(entries.filter((entry) => entry.intent === intent).length).toBeGreaterThanOrEqual(least);
  });

  it('speaks simplified and traditional Chinese and English, and names customers the demo lacks', () => {
    const traditional = entries.filter((entry) => toSimplified(entry.text) !== entry.text);
    const english = entries.filter((entry) => !/\p{Script=Han}/u.test(entry.text));
    const newCompanies = entries.filter((entry) => entry.customer === null && entry.intent !== 'record_sale');
    expect(traditional.length / entries.length).toBeGreaterThan(0.1);
    expect(english.length / entries.length).toBeGreaterThan(0.2);
    expect(newCompanies.length).toBeGreaterThanOrEqual(55);
  });
});

describe('readCorpus', () => {
  const line = (fields: Record<string, unknown>) =>
    JSON.stringify({ text: '今天去了美的', intent: 'log_visit', ...fields });

  it.each([
    ['an intent the parser does not have', line({ intent: 'visit' }), 'unknown intent'],
    ['a customer by a short name', line({ customer: '美的' }), "not a demo customer's full name"],
    ['a sender who is not in the demo', line({ as: '小王' }), 'not a demo person'],
    [
      'a customer the sender may not act on',
      line({ as: '李娜', customer: '美的集团股份有限公司' }),
      'may not act',
    ],
    ['a day that is not on the calendar', line({ followUpDay: '2026-02-30' }), 'not a YYYY-MM-DD day'],
    ['a complaint without severity', line({ intent: 'file_complaint' }), 'severity is labelled'],
    ['severity on a visit', line({ severity: 'high' }), 'severity is labelled'],
    ['a misspelt key', line({ followupDay: null }), 'unknown key followupDay'],
    ['two lines with the same text', `${line({})}\n${line({})}`, 'the same text as line 1'],
  ])('rejects %s', (_, jsonl, problem) => {
    expect(readCorpus(jsonl).problems.join('\n')).toContain(problem);
  });

  it('lets the manager and anyone on a pool customer speak, and fills the default sender and clock', () => {
    const { entries, problems } = readCorpus(
      [
        line({ as: '王经理', customer: '格力电器股份有限公司' }),
        JSON.stringify({
          text: '去汇川坐了坐',
          intent: 'log_visit',
          as: 'Tom Chen',
          customer: '苏州汇川技术有限公司',
        }),
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ as: '王经理', now: '2026-12-03T10:00:00+08:00' });
  });
});

describe('scoreCorpus', () => {
  const entry = (fields: Partial<CorpusEntry>): CorpusEntry => ({
    line: 1,
    text: 't',
    as: '张伟',
    now: '2026-12-03T10:00:00+08:00',
    intent: 'log_visit',
    ...fields,
  });

  it.each([
    [
      'a follow-up late on Friday UTC is Saturday in Shanghai',
      { followUpDay: '2026-12-05' },
      { followUpAt: '2026-12-04T17:30:00.000Z' },
      true,
    ],
    ['no follow-up asked and none read', { followUpDay: null }, { followUpAt: null }, true],
    [
      'a customer label without resolvedCustomer in the answer',
      { customer: null },
      { intent: 'log_visit' },
      false,
    ],
    ['no existing customer and none resolved', { customer: null }, { resolvedCustomer: null }, true],
    ['the contact as written, spaces aside', { contact: 'Sarah' }, { contact: { name: ' Sarah ' } }, true],
    [
      'severity read from the complaint',
      { intent: 'file_complaint', severity: 'urgent' },
      { complaint: { severity: 'high' } },
      false,
    ],
  ])('%s', (_, label, output, right) => {
    const score = scoreCorpus([entry(label)], [{ intent: 'log_visit', ...output }], 'Asia/Shanghai');
    expect(score.misses.filter((miss) => miss.field !== 'intent').length === 0).toBe(right);
  });

  it('prints a FAIL under a missed target and the mistaken intent in the confusion table', () => {
    const entries = [
      entry({ intent: 'log_visit' }),
      entry({ intent: 'file_complaint', text: 'u', severity: null }),
    ];
    const score = scoreCorpus(
      entries,
      [{ intent: 'log_visit' }, { intent: 'log_visit', complaint: null }],
      'UTC',
    );
    expect(formatFieldTable(score)).toMatch(/intent\s+1\s+2\s+50\.0%\s+97%\s+FAIL/);
    expect(formatConfusion(score)).toMatch(/2 file_complaint\s+1\s+0\.0%/);
    expect(meetsTargets(score)).toBe(false);
  });
});
