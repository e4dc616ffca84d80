import { describe, expect, it } from 'vitest';
import { type Case, parseAt } from './parse-at.ts';

// Fixed clock: Monday 2026-11-23 10:00 Asia/Shanghai. Names and summaries stay in traditional script.

const visits: Case[] = [
  [
    '電話拜訪 台積電 陳經理，下週三再聯繫',
    {
      intent: 'log_visit',
      customer: '台積電',
      contact: { name: '陳經理', title: '經理' },
      visitKind: 'call',
      followUpAt: '2026-12-02T09:00:00.000+08:00',
      followUpHasTime: false,
      summary: '陳經理，下週三再聯繫',
      nextStep: '下週三再聯繫',
    },
  ],
  [
    '記錄拜訪 華為 今天和張總聊了報價，下週二跟進',
    {
      intent: 'log_visit',
      customer: '華為',
      contact: { name: '張總', title: '總' },
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      summary: '今天和張總聊了報價，下週二跟進',
    },
  ],
  [
    '記錄拜訪 鴻海 昨天下午和郭董開會，後天回覆報價',
    {
      customer: '鴻海',
      contact: { name: '郭董', title: '董' },
      visitKind: 'meeting',
      occurredAt: '2026-11-22T15:00:00.000+08:00',
      followUpAt: '2026-11-25T09:00:00.000+08:00',
      nextStep: '後天回覆報價',
    },
  ],
  [
    '拜訪了中國信託的林經理，他們在用Salesforce，希望下個月初再約',
    {
      intent: 'log_visit',
      customer: '中國信託',
      contact: { name: '林經理', title: '經理' },
      competitor: 'Salesforce',
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      needs: '希望下個月初再約',
    },
  ],
  [
    '電話拜訪 長榮航空 王主任，月底前回覆',
    {
      customer: '長榮航空',
      contact: { name: '王主任', title: '主任' },
      visitKind: 'call',
      followUpAt: '2026-11-30T09:00:00.000+08:00',
    },
  ],
  [
    '和富邦張總開會，競爭對手紛享銷客也在報價',
    {
      customer: '富邦',
      contact: { name: '張總', title: '總' },
      competitor: '紛享銷客',
      visitKind: 'meeting',
    },
  ],
  [
    '昨天拜訪了台達電的劉工，設備故障問題需要盡快處理，三天後回訪',
    {
      customer: '台達電',
      contact: { name: '劉工', title: '工' },
      occurredAt: '2026-11-22T10:00:00.000+08:00',
      followUpAt: '2026-11-26T09:00:00.000+08:00',
      issues: '設備故障問題需要盡快處理',
      nextStep: '三天後回訪',
    },
  ],
  [
    '今天電話聯繫了華碩李總，12月5日前要報價',
    {
      customer: '華碩',
      contact: { name: '李總', title: '總' },
      visitKind: 'call',
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: '2026-12-05T09:00:00.000+08:00',
      nextStep: '12月5日前要報價',
    },
  ],
  [
    '拜訪了宏碁的陳總，他們在用釘釘',
    { customer: '宏碁', contact: { name: '陳總', title: '總' }, competitor: '釘釘' },
  ],
  ['上午拜訪了廣達', { intent: 'log_visit', customer: '廣達', occurredAt: '2026-11-23T10:00:00.000+08:00' }],
  ['見了聯發科的蔡處長，下禮拜三再去', { customer: '聯發科', contact: { name: '蔡處長', title: '處長' } }],
];

const dates: Case[] = [
  ['拜訪華碩，大後天跟進', { followUpAt: '2026-11-26T09:00:00.000+08:00' }],
  ['拜訪華碩，後天回覆', { followUpAt: '2026-11-25T09:00:00.000+08:00' }],
  ['拜訪華碩，月底跟進', { followUpAt: '2026-11-30T09:00:00.000+08:00' }],
  ['拜訪華碩，下個月初再聯繫', { followUpAt: '2026-12-01T09:00:00.000+08:00' }],
  ['拜訪華碩，下月初回訪', { followUpAt: '2026-12-01T09:00:00.000+08:00' }],
  ['拜訪華碩，兩週後回訪', { followUpAt: '2026-12-07T09:00:00.000+08:00' }],
  ['拜訪華碩，十天後再聯繫', { followUpAt: '2026-12-03T09:00:00.000+08:00' }],
  ['拜訪華碩，週五前回覆', { followUpAt: '2026-11-27T09:00:00.000+08:00' }],
  ['拜訪華碩，這週五再約', { followUpAt: '2026-11-27T09:00:00.000+08:00' }],
  ['拜訪華碩，本週四跟進', { followUpAt: '2026-11-26T09:00:00.000+08:00' }],
  ['拜訪華碩，下禮拜三再去', { followUpAt: '2026-12-02T09:00:00.000+08:00' }],
  ['拜訪華碩，明天下午三點再聯繫', { followUpAt: '2026-11-24T15:00:00.000+08:00', followUpHasTime: true }],
  ['拜訪華碩，晚上八點回電', { followUpAt: '2026-11-23T20:00:00.000+08:00', followUpHasTime: true }],
  ['記錄拜訪 華碩 上週五跟進', { followUpAt: '2026-11-20T09:00:00.000+08:00' }],
  ['記錄拜訪 華碩 改天再聯繫', { followUpAt: null, followUpUnreadable: true }],
];

const otherIntents: Case[] = [
  ['新增客戶 鴻海精密工業股份有限公司', { intent: 'add_customer', customer: '鴻海精密工業股份有限公司' }],
  ['新增客戶：統一企業', { intent: 'add_customer', customer: '統一企業' }],
  ['查一下 騰訊', { intent: 'find_customer', customer: '騰訊' }],
  ['騰訊的情況', { intent: 'find_customer', customer: '騰訊' }],
  ['查詢 國泰金控', { intent: 'find_customer', customer: '國泰金控' }],
  ['我的待辦', { intent: 'list_followups', range: 'all' }],
  ['本週跟進', { intent: 'list_followups', range: 'week' }],
  ['今天要跟進什麼', { intent: 'list_followups', range: 'today' }],
  ['逾期的跟進', { intent: 'list_followups', range: 'overdue' }],
  ['跟進3完成', { intent: 'complete_followup', followUpRef: 3 }],
  ['完成第5個', { intent: 'complete_followup', followUpRef: 5 }],
  [
    '#5 改到下週五',
    { intent: 'reschedule_followup', followUpRef: 5, followUpAt: '2026-12-04T09:00:00.000+08:00' },
  ],
  [
    '把2延後到下週一',
    { intent: 'reschedule_followup', followUpRef: 2, followUpAt: '2026-11-30T09:00:00.000+08:00' },
  ],
  ['生成今天的日報', { intent: 'daily_report' }],
  ['幫助', { intent: 'help' }],
  ['怎麼用', { intent: 'help' }],
  ['使用說明', { intent: 'help' }],
  ['隨便說說而已', { intent: 'unknown', customer: null }],
];

const complaints: Case[] = [
  [
    '客訴 統一企業：產品有瑕疵，非常緊急',
    {
      intent: 'file_complaint',
      customer: '統一企業',
      summary: '產品有瑕疵，非常緊急',
      complaint: { category: 'quality', severity: 'urgent' },
    },
  ],
  [
    '統一企業 投訴 發票開錯了，不急',
    { customer: '統一企業', complaint: { category: 'billing', severity: 'low' } },
  ],
  [
    '投訴 遠傳電信 客服態度很差，很緊急',
    { customer: '遠傳電信', complaint: { category: 'service', severity: 'high' } },
  ],
  [
    '客訴 中華電信 物流延遲，緊急',
    { customer: '中華電信', complaint: { category: 'delivery', severity: 'high' } },
  ],
  ['投訴 台塑 產線停線了', { customer: '台塑', complaint: { category: 'other', severity: 'urgent' } }],
];

const structured: Case[] = [
  [
    '客戶=國泰金控，聯絡人=陳經理，下次跟進=2026-12-10',
    {
      intent: 'log_visit',
      customer: '國泰金控',
      contact: { name: '陳經理', title: '經理' },
      followUpAt: '2026-12-10T09:00:00.000+08:00',
    },
  ],
  [
    '客戶：富邦金控；內容：討論了續約；競品：用友',
    { intent: 'log_visit', customer: '富邦金控', summary: '討論了續約', competitor: '用友' },
  ],
];

describe('parseMessage in traditional Chinese', () => {
  it.each([...visits, ...dates, ...otherIntents, ...complaints, ...structured])('%s', (text, expected) => {
    const result = parseAt(text);
    expect(result).toMatchObject(expected);
    expect(result.language).toBe('zh-Hant');
  });
});
