import { describe, expect, it } from 'vitest';
import { type ComplaintView, complaintCard } from '../../../cards/complaint.ts';
import { feishuLimits, renderFeishuCard } from '../../../src/adapters/feishu/render-card.ts';
import { renderBlocks, slackLimits } from '../../../src/adapters/slack/render-blocks.ts';
import { cardText } from '../../helpers/bot.ts';

const at = new Date('2026-11-23T02:00:00Z');
const view: ComplaintView = {
  locale: 'en',
  timeZone: 'Asia/Shanghai',
  change: { kind: 'filed', by: 'Tom Chen', at },
  complaint: {
    id: 7,
    customer: 'Globex Corporation',
    category: 'delivery',
    severity: 'high',
    status: 'open',
    description: 'delivery is two weeks late',
    owner: 'Zhao',
    reporter: 'Tom Chen',
    ackDueAt: new Date('2026-11-23T04:00:00Z'),
    resolveDueAt: new Date('2026-11-24T02:00:00Z'),
    acknowledgedAt: null,
    escalationLevel: 0,
    resolution: null,
    satisfaction: null,
    satisfactionComment: null,
  },
};

describe('the complaint card', () => {
  it.each([
    ['open', {}, ['Accept', 'Resolve', 'Reassign', 'Escalate']],
    [
      'acknowledged, at the top level',
      { status: 'acknowledged', acknowledgedAt: at, escalationLevel: 2 },
      ['Resolve', 'Reassign'],
    ],
    [
      'resolved',
      { status: 'resolved', resolution: 'sent by air' },
      ['Satisfied', 'Fairly satisfied', 'Mostly satisfied', 'Not very satisfied', 'Dissatisfied'],
    ],
    ['closed', { status: 'closed', satisfaction: '满意' as const }, []],
  ])('offers the buttons its state allows when %s', (_, complaint, labels) => {
    const card = complaintCard({ ...view, complaint: { ...view.complaint, ...complaint } });
    expect(card.buttons.map((b) => b.label)).toEqual(labels);
    // Every platform can draw it.
    expect(renderBlocks(card, 'zh-Hans').blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(Buffer.byteLength(JSON.stringify(renderFeishuCard(card)))).toBeLessThanOrEqual(feishuLimits.bytes);
  });

  it('asks for a resolution and a name before those buttons run', () => {
    const card = complaintCard(view);
    expect(card.buttons.find((b) => b.action === 'complaint.resolve')!.inputs).toMatchObject([
      { id: 'resolution', required: true },
    ]);
    expect(card.buttons.find((b) => b.action === 'complaint.reassign')!.inputs).toMatchObject([
      { id: 'person', required: true },
    ]);
  });

  it('shows deadlines while open and who moved it last', () => {
    const text = cardText(complaintCard(view));
    expect(text).toContain('Acknowledge by: Mon, Nov 23, 12:00');
    expect(text).toContain('Resolve by: Tue, Nov 24, 10:00');
    expect(text).toContain('Filed by Tom Chen at Mon, Nov 23, 10:00');
  });
});
