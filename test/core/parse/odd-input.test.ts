import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/parse/normalize-text.ts';
import { readChineseNumber } from '../../../src/core/parse/read-chinese-number.ts';
import { type Case, parseAt } from './parse-at.ts';

const odd: Case[] = [
  ['   ', { intent: 'unknown', summary: null }],
  // Issue 12: a thumbs-up is small talk, answered briefly, not with the help card.
  ['👍', { intent: 'small_talk' }],
  ['####', { intent: 'unknown' }],
  ['ＨＥＬＰ', { intent: 'help' }],
  ['？', { intent: 'help' }],
  [
    '@chatcrm 记录拜访 华为 今天见了张总',
    {
      intent: 'log_visit',
      customer: '华为',
      contact: { name: '张总', title: '总' },
      summary: '今天见了张总',
    },
  ],
  [
    '记录拜访　华为　今天和张总聊了报价，下周二跟进',
    {
      customer: '华为',
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      summary: '今天和张总聊了报价，下周二跟进',
    },
  ],
  ['完成　＃３', { intent: 'complete_followup', followUpRef: 3 }],
  ['拜访华为，１２/１５前回复', { followUpAt: '2026-12-15T09:00:00.000+08:00' }],
  ['拜访华为，2026/12/10跟进', { followUpAt: '2026-12-10T09:00:00.000+08:00' }],
  // 施工 and 关于总体 hold a surname and a title but name nobody.
  ['拜访了中建三局，聊了施工进度和关于总体方案的问题', { customer: '中建三局', contact: null }],
];

describe('parseMessage on odd input', () => {
  it.each(odd)('%j', (text, expected) => {
    expect(parseAt(text)).toMatchObject(expected);
  });

  it('reads a 4,000-character message within the schema limits', () => {
    const text = `记录拜访 华为 ${'今天和张总聊了报价，客户需要20台服务器。'.repeat(200)}`.slice(0, 4000);
    const started = performance.now();
    const result = parseAt(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.customer).toBe('华为');
    expect(result.summary?.length).toBeLessThanOrEqual(4000);
    expect(result.needs?.length).toBeLessThanOrEqual(2000);
  });
});

describe('normalizeText', () => {
  it.each(['電話拜訪 台積電 陳經理，下週三再聯繫', '記錄拜訪　華為：報價', 'log visit ＡＣＭＥ'])(
    'keeps every offset of %s',
    (text) => {
      const normalized = normalizeText(text);
      expect(normalized.simplified).toHaveLength(text.length);
      expect(normalized.match).toHaveLength(text.length);
    },
  );

  it('turns traditional into simplified and full-width into half-width', () => {
    expect(normalizeText('下週三再聯繫：＃３').match).toBe('下周三再联系:#3');
  });
});

describe('readChineseNumber', () => {
  it.each([
    ['3', 3],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['一百零五', 105],
    ['abc', null],
  ] as const)('%s → %s', (text, value) => {
    expect(readChineseNumber(text)).toBe(value);
  });
});
