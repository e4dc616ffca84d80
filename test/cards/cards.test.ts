import { describe, expect, it } from 'vitest';
import { type AccessRequestView, accessRequestCard } from '../../cards/access-request.ts';
import { chooseCustomerCard } from '../../cards/choose-customer.ts';
import { choosePersonCard } from '../../cards/choose-person.ts';
import { followUpListCard } from '../../cards/follow-up-list.ts';
import { helpCard } from '../../cards/help.ts';
import { type VisitView, visitCard } from '../../cards/visit.ts';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { cardText, fixedNow } from '../helpers/bot.ts';

const timeZone = 'Asia/Shanghai';
const visit: VisitView = {
  locale: 'en',
  timeZone,
  state: 'logged',
  visitId: 7,
  customer: 'Acme Corp',
  kind: 'visit',
  occurredAt: new Date('2026-11-23T02:00:00Z'),
  contacts: ['Zhang (CTO)'],
  summary: 'met CTO Zhang',
  needs: 'a quote by Friday',
  issues: null,
  competitor: 'Salesforce',
  nextStep: 'follow up next Tuesday',
  followUp: { id: 3, dueAt: new Date('2026-12-01T01:00:00Z'), hasTime: false },
};

describe('the visit card', () => {
  it('shows what was understood, in the workspace zone, with Edit pre-filled and Undo', () => {
    const card = visitCard(visit);
    const text = cardText(card);
    expect(text).toContain('Needs: a quote by Friday');
    expect(text).toContain('Competitor: Salesforce');
    expect(text).toContain('Follow-up: #3 Tue, Dec 1');
    expect(text).toContain('When: Mon, Nov 23, 10:00');
    expect(card.buttons.map((b) => b.action)).toEqual(['visit.edit', 'visit.undo']);
    expect(card.buttons[0]!.inputs?.find((input) => input.id === 'followUpDate')?.value).toBe('2026-12-01');
  });

  it('has no buttons once undone and says who undid it', () => {
    const card = visitCard({
      ...visit,
      locale: 'zh-Hans',
      state: 'undone',
      changedBy: { name: '张伟', at: new Date('2026-11-23T03:00:00Z') },
    });
    expect(card.buttons).toEqual([]);
    expect(card.title).toBe('已撤销拜访：Acme Corp');
    expect(card.footer).toBe('张伟 于 11月23日周一 11:00 撤销');
  });
});

describe('the choose-customer card', () => {
  const candidates = [
    { id: 1, name: '华为技术有限公司', owner: '张伟' },
    { id: 2, name: '华为终端有限公司', owner: '李娜' },
  ];

  it('offers each candidate and Cancel, but no Create, when several customers match', () => {
    const card = chooseCustomerCard({
      locale: 'zh-Hans',
      pendingId: 5,
      mention: '华为',
      reason: 'ambiguous',
      candidates,
    });
    expect(card.buttons.map((b) => b.action)).toEqual([
      'pending.choose_customer',
      'pending.choose_customer',
      'pending.cancel',
    ]);
    expect(card.buttons[1]!.payload).toEqual({ pendingId: 5, customerId: 2 });
  });

  it('offers Create for an unknown or uncertain name', () => {
    const card = chooseCustomerCard({
      locale: 'en',
      pendingId: 5,
      mention: 'Acmee',
      reason: 'uncertain',
      candidates: [],
    });
    expect(card.buttons.map((b) => b.label)).toEqual(['Create "Acmee"', 'Cancel']);
  });
});

describe('the follow-up list card', () => {
  it('flags overdue items and says how many more there are', () => {
    const card = followUpListCard({
      locale: 'en',
      timeZone,
      range: 'all',
      now: new Date('2026-11-23T02:00:00Z'),
      items: [
        {
          id: 1,
          customer: 'Acme',
          title: 'send quote',
          dueAt: new Date('2026-11-20T01:00:00Z'),
          hasTime: false,
        },
        {
          id: 2,
          customer: 'Globex',
          title: 'call Hank',
          dueAt: new Date('2026-11-25T06:30:00Z'),
          hasTime: true,
        },
      ],
      total: 12,
    });
    const text = cardText(card);
    expect(text).toMatch(/#1.*overdue.*Acme/);
    expect(text).not.toMatch(/#2.*overdue/);
    expect(text).toContain('…and 10 more');
  });
});

describe('the help card', () => {
  it('gives examples in the language asked', () => {
    expect(cardText(helpCard({ locale: 'zh-Hans' }))).toContain('记录拜访 华为');
    expect(cardText(helpCard({ locale: 'en' }))).toContain('log visit with Acme Corp');
  });

  it.each(['zh-Hans', 'en'] as const)(
    'shows only examples the bot understands, on a short card (%s)',
    (locale) => {
      const card = helpCard({ locale });
      const examples = card.sections
        .flatMap((section) => section.fields ?? [])
        .flatMap((field) => field.value.split(' / '));
      expect(examples.length).toBeGreaterThan(20);
      for (const example of examples) {
        const { intent } = parseMessage(example, { now: fixedNow, timeZone });
        expect(intent, example).not.toMatch(/^(?:unknown|help)$/);
      }
      expect(cardText(card).split('\n').length).toBeLessThanOrEqual(25);
      for (const section of card.sections) expect(section.fields?.length ?? 0).toBeLessThanOrEqual(10);
    },
  );
});

describe('the access request card', () => {
  const view: AccessRequestView = {
    locale: 'en',
    timeZone,
    recipientId: 9,
    personId: 12,
    name: '张伟 (slack:U0ABC)',
    account: 'slack:U0ABC',
    firstMessage: 'hi, I am the new rep in Shenzhen',
    namesakes: ['张伟 (East China Sales)'],
  };

  it('offers the three roles and Decline, warns about a namesake, and carries the person', () => {
    const card = accessRequestCard(view);
    expect(card.key).toBe('access_request:12:9');
    expect(card.buttons.map((b) => [b.label, b.action, b.payload])).toEqual([
      ['Approve as rep', 'access.approve', { personId: 12, role: 'rep' }],
      ['Approve as service', 'access.approve', { personId: 12, role: 'service' }],
      ['Approve as manager', 'access.approve', { personId: 12, role: 'manager' }],
      ['Decline', 'access.decline', { personId: 12 }],
    ]);
    expect(cardText(card)).toContain('A colleague already has this name: 张伟 (East China Sales)');
    expect(cardText(card)).toContain('First message: hi, I am the new rep in Shenzhen');
  });

  it('once decided has no buttons and says who decided and when, in the workspace zone', () => {
    const card = accessRequestCard({
      ...view,
      decided: { outcome: 'service', by: 'Admin', at: new Date('2026-11-23T02:00:00Z') },
    });
    expect(card.buttons).toEqual([]);
    expect(card.tone).toBe('success');
    expect(card.footer).toBe('Admin approved as service at Mon, Nov 23, 10:00');
  });
});

describe('the choose-person card', () => {
  it('offers each namesake by a label that can be written back, and Cancel', () => {
    const card = choosePersonCard({
      locale: 'zh-Hans',
      pendingId: 4,
      mention: '张伟',
      candidates: [
        { id: 2, label: '张伟 (华东)' },
        { id: 8, label: '张伟 (slack:U0ABC)' },
      ],
    });
    expect(card.buttons.map((b) => [b.label, b.action, b.payload])).toEqual([
      ['张伟 (华东)', 'pending.choose_person', { pendingId: 4, personId: 2 }],
      ['张伟 (slack:U0ABC)', 'pending.choose_person', { pendingId: 4, personId: 8 }],
      ['取消', 'pending.cancel', { pendingId: 4 }],
    ]);
    expect(cardText(card)).toContain('有 2 位同事叫「张伟」');
  });
});
