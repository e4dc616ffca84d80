import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { detectDuplicates } from '../../src/domain/customers/duplicates.ts';
import { normalizeName } from '../../src/domain/customers/normalize-name.ts';
import { fixedNow, timeZone } from '../helpers/bot.ts';

const intentOf = (text: string) => parseMessage(text, { now: fixedNow, timeZone }).intent;

describe('duplicate commands', () => {
  it.each([
    ['查重', 'find_duplicates'],
    ['客户查重', 'find_duplicates'],
    ['重复客户', 'find_duplicates'],
    ['find duplicates', 'find_duplicates'],
    ['Check for duplicate customers', 'find_duplicates'],
    ['合并客户 12 到 34', 'merge_customers'],
    ['合併客戶 #12 到 #34', 'merge_customers'],
    ['merge 12 into 34', 'merge_customers'],
    ['撤销合并 56', 'undo_merge'],
    ['撤銷合併 56', 'undo_merge'],
    ['undo merge #56', 'undo_merge'],
    // Still lookups and visits: only the whole command counts.
    ['查重庆啤酒', 'find_customer'],
    ['记录拜访 华为 讨论了合并客户的方案', 'log_visit'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('duplicate detection', () => {
  const customer = (id: number, name: string, phones: string[] = [], emails: string[] = []) => ({
    id,
    name,
    normalizedName: normalizeName(name),
    phones,
    emails,
  });

  it('pairs the same company written two ways, a shared phone or email, and a typo', () => {
    const pairs = detectDuplicates([
      customer(1, '台積電股份有限公司'),
      customer(2, '台积电有限公司'),
      customer(3, 'Acme Corp', ['14155550100']),
      customer(4, 'Roadrunner Supplies', ['14155550100'], ['x@y.example']),
      customer(5, 'Beep Beep Ltd', [], ['x@y.example']),
      customer(6, 'Globex Corporation'),
      customer(7, 'Glbex Corporation'),
    ]);
    expect(pairs.map((pair) => [pair.ids, pair.reasons.map((reason) => reason.kind)])).toEqual([
      [[1, 2], ['same_name']],
      [[3, 4], ['same_phone']],
      [[4, 5], ['same_email']],
      [[6, 7], ['similar_name']],
    ]);
  });

  it('does not pair companies in different cities or with different numbers, nor pairs an admin separated', () => {
    const breweries = [customer(1, '青岛啤酒股份有限公司'), customer(2, '重庆啤酒股份有限公司')];
    expect(detectDuplicates(breweries)).toEqual([]);
    expect(detectDuplicates([customer(1, 'Acme Branch 3'), customer(2, 'Acme Branch 4')])).toEqual([]);
    const same = [customer(1, '华为技术'), customer(2, '华为技术有限公司')];
    expect(detectDuplicates(same, { skip: new Set(['1:2']) })).toEqual([]);
  });
});
