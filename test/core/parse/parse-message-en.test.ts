import { describe, expect, it } from 'vitest';
import { type Case, parseAt } from './parse-at.ts';

// Fixed clock: Monday 2026-11-23 10:00 Asia/Shanghai. "next Tuesday" said on a Monday is the Tuesday
// of next week (2026-12-01, like 下周二); a bare "Tuesday" is the coming one (2026-11-24).

const visits: Case[] = [
  [
    'log visit with Acme Corp: met CTO Zhang, they want a quote by Friday, follow up next Tuesday',
    {
      intent: 'log_visit',
      customer: 'Acme Corp',
      contact: { name: 'Zhang', title: 'CTO' },
      occurredAt: null,
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      followUpHasTime: false,
      summary: 'met CTO Zhang, they want a quote by Friday, follow up next Tuesday',
      needs: 'they want a quote by Friday',
      nextStep: 'follow up next Tuesday',
      visitKind: 'visit',
    },
  ],
  [
    'Met Sarah from procurement at Globex today',
    {
      intent: 'log_visit',
      customer: 'Globex',
      contact: { name: 'Sarah', title: 'procurement' },
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: null,
    },
  ],
  [
    'met John Smith, the CFO',
    { intent: 'log_visit', customer: null, contact: { name: 'John Smith', title: 'CFO' } },
  ],
  [
    'visited Acme Corp yesterday, they need 50 licenses, concerned about price, follow up in 2 weeks',
    {
      customer: 'Acme Corp',
      occurredAt: '2026-11-22T10:00:00.000+08:00',
      followUpAt: '2026-12-07T09:00:00.000+08:00',
      needs: 'they need 50 licenses',
      issues: 'concerned about price',
      nextStep: 'follow up in 2 weeks',
    },
  ],
  [
    "Had a call with Initech's CFO this morning. Issue: invoice errors. Call back tomorrow 3pm",
    {
      customer: 'Initech',
      visitKind: 'call',
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: '2026-11-24T15:00:00.000+08:00',
      followUpHasTime: true,
    },
  ],
  [
    'Had a call with Initech yesterday afternoon',
    { visitKind: 'call', occurredAt: '2026-11-22T15:00:00.000+08:00' },
  ],
  [
    'Met Sarah from procurement at Globex today, they are evaluating HubSpot, follow up Jan 15',
    { customer: 'Globex', competitor: 'HubSpot', followUpAt: '2027-01-15T09:00:00.000+08:00' },
  ],
  [
    'log call with Umbrella Inc: spoke to Dr. Lee, follow up 12/15',
    {
      customer: 'Umbrella Inc',
      contact: { name: 'Lee', title: 'Dr' },
      visitKind: 'call',
      followUpAt: '2026-12-15T09:00:00.000+08:00',
    },
  ],
  [
    'meeting with Pied Piper, John Smith, the CFO, wants a demo by end of month',
    {
      customer: 'Pied Piper',
      contact: { name: 'John Smith', title: 'CFO' },
      visitKind: 'meeting',
      followUpAt: '2026-11-30T09:00:00.000+08:00',
    },
  ],
  [
    "met with Acme, they're currently using Salesforce; check in by Friday",
    { customer: 'Acme', competitor: 'Salesforce', followUpAt: '2026-11-27T09:00:00.000+08:00' },
  ],
  [
    'Met Lisa at Vandelay Industries yesterday afternoon',
    {
      customer: 'Vandelay Industries',
      contact: { name: 'Lisa', title: null },
      occurredAt: '2026-11-22T15:00:00.000+08:00',
    },
  ],
  [
    'log visit Massive Dynamic: talked pricing, also talking to Zoho',
    { customer: 'Massive Dynamic', competitor: 'Zoho' },
  ],
  // The customer is never its own competitor.
  ['visited Oracle, they are also talking to SAP', { customer: 'Oracle', competitor: 'SAP' }],
  ['Met Bob at Acme on Thursday', { occurredAt: '2026-11-19T10:00:00.000+08:00', followUpAt: null }],
];

const dates: Case[] = [
  ['visited Hooli, follow up Thursday', { followUpAt: '2026-11-26T09:00:00.000+08:00' }],
  ['visited Hooli, follow up Tuesday', { followUpAt: '2026-11-24T09:00:00.000+08:00' }],
  ['visited Hooli, follow up next week', { followUpAt: '2026-11-30T09:00:00.000+08:00' }],
  ['visited Hooli, follow up in 2 weeks', { followUpAt: '2026-12-07T09:00:00.000+08:00' }],
  ['visited Hooli, follow up 12/15', { followUpAt: '2026-12-15T09:00:00.000+08:00' }],
  ['visited Hooli, follow up Jan 15', { followUpAt: '2027-01-15T09:00:00.000+08:00' }],
  ['visited Hooli, they want a proposal by Friday', { followUpAt: '2026-11-27T09:00:00.000+08:00' }],
  ['visited Hooli, follow up end of month', { followUpAt: '2026-11-30T09:00:00.000+08:00' }],
  ['visited Hooli, follow up early next month', { followUpAt: '2026-12-01T09:00:00.000+08:00' }],
  [
    'visited Hooli, call back tomorrow 3pm',
    { followUpAt: '2026-11-24T15:00:00.000+08:00', followUpHasTime: true },
  ],
  ['visited Hooli, follow up EOD', { followUpAt: '2026-11-23T17:00:00.000+08:00', followUpHasTime: true }],
  ['visited Hooli this morning', { occurredAt: '2026-11-23T10:00:00.000+08:00' }],
  // A past follow-up stays in the past; the caller asks about it.
  ['visited Hooli, follow up last Friday', { followUpAt: '2026-11-20T09:00:00.000+08:00' }],
  [
    'visited Hooli, follow up soon',
    { followUpAt: null, followUpUnreadable: true, nextStep: 'follow up soon' },
  ],
  ['follow up next Wednesday', { intent: 'unknown', followUpAt: '2026-12-02T09:00:00.000+08:00' }],
];

const otherIntents: Case[] = [
  ['add customer Wayne Enterprises', { intent: 'add_customer', customer: 'Wayne Enterprises' }],
  ['new customer: Stark Industries', { intent: 'add_customer', customer: 'Stark Industries' }],
  ['create customer Oscorp', { intent: 'add_customer', customer: 'Oscorp' }],
  ['find Acme', { intent: 'find_customer', customer: 'Acme' }],
  ['look up Globex', { intent: 'find_customer', customer: 'Globex' }],
  ['who is Initech?', { intent: 'find_customer', customer: 'Initech' }],
  ['show customer Hooli', { intent: 'find_customer', customer: 'Hooli' }],
  ['my follow-ups', { intent: 'list_followups', range: 'all' }],
  ['follow-ups this week', { intent: 'list_followups', range: 'week' }],
  ["what's due today", { intent: 'list_followups', range: 'today' }],
  ['overdue', { intent: 'list_followups', range: 'overdue' }],
  ['overdue follow-ups', { intent: 'list_followups', range: 'overdue' }],
  ['done 3', { intent: 'complete_followup', followUpRef: 3 }],
  ['mark follow-up #3 done', { intent: 'complete_followup', followUpRef: 3 }],
  ['complete #12', { intent: 'complete_followup', followUpRef: 12 }],
  [
    'move #3 to Friday',
    { intent: 'reschedule_followup', followUpRef: 3, followUpAt: '2026-11-27T09:00:00.000+08:00' },
  ],
  [
    'reschedule 3 to next Monday',
    { intent: 'reschedule_followup', followUpRef: 3, followUpAt: '2026-11-30T09:00:00.000+08:00' },
  ],
  [
    'reschedule 4 to tomorrow 3pm',
    { intent: 'reschedule_followup', followUpAt: '2026-11-24T15:00:00.000+08:00', followUpHasTime: true },
  ],
  ['move #3 to whenever', { intent: 'reschedule_followup', followUpAt: null, followUpUnreadable: true }],
  ['daily report', { intent: 'daily_report' }],
  ['team report', { intent: 'daily_report' }],
  ['help', { intent: 'help' }],
  ['?', { intent: 'help' }],
  ['what can you do?', { intent: 'help' }],
  ['', { intent: 'unknown', customer: null, summary: null, followUpAt: null }],
  ['qwzx plmk', { intent: 'unknown' }],
  ['asdfghjkl', { intent: 'unknown' }],
];

const complaints: Case[] = [
  [
    'complaint for Globex: delivery late',
    {
      intent: 'file_complaint',
      customer: 'Globex',
      summary: 'delivery late',
      complaint: { category: 'delivery', severity: 'normal' },
    },
  ],
  [
    'complaint for Globex: delivery is two weeks late, urgent',
    { customer: 'Globex', complaint: { category: 'delivery', severity: 'high' } },
  ],
  [
    'Acme complaint: the invoice overcharged us, low priority',
    { customer: 'Acme', complaint: { category: 'billing', severity: 'low' } },
  ],
  [
    'file a complaint about Initech: production down, ASAP',
    { customer: 'Initech', complaint: { category: 'other', severity: 'urgent' } },
  ],
  [
    'complaint: Hooli support was rude',
    { customer: 'Hooli', complaint: { category: 'service', severity: 'normal' } },
  ],
  [
    'complain: Umbrella shipped broken parts, critical',
    { customer: 'Umbrella', complaint: { category: 'quality', severity: 'urgent' } },
  ],
  // "complained" reports an issue from a visit; it is not a complaint being filed.
  [
    'visited Acme, they complained about the price',
    { intent: 'log_visit', complaint: null, issues: 'they complained about the price' },
  ],
];

const structured: Case[] = [
  [
    'customer: Acme; follow up: 2026-12-10; contact: Sarah',
    {
      intent: 'log_visit',
      customer: 'Acme',
      contact: { name: 'Sarah', title: null },
      followUpAt: '2026-12-10T09:00:00.000+08:00',
    },
  ],
  [
    'Customer: Acme Corp\nContact: CTO Zhang\nFollow up: next Tuesday\nSummary: discussed pricing, they need SSO',
    {
      intent: 'log_visit',
      customer: 'Acme Corp',
      contact: { name: 'Zhang', title: 'CTO' },
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      summary: 'discussed pricing, they need SSO',
    },
  ],
  [
    'competitor: Zoho; customer: Initech; date: yesterday',
    { customer: 'Initech', competitor: 'Zoho', occurredAt: '2026-11-22T10:00:00.000+08:00' },
  ],
  ['find Acme; customer: Globex', { intent: 'find_customer', customer: 'Globex' }],
];

describe('parseMessage in English', () => {
  it.each([...visits, ...dates, ...otherIntents, ...complaints, ...structured])('%s', (text, expected) => {
    const result = parseAt(text);
    expect(result).toMatchObject(expected);
    expect(result.language).toBe('en');
  });
});
