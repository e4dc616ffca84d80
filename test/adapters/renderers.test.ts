import { describe, expect, it } from 'vitest';
import type { Card } from '../../cards/card.ts';
import { type VisitView, visitCard } from '../../cards/visit.ts';
import { feishuLimits, renderFeishuCard } from '../../src/adapters/feishu/render-card.ts';
import { renderBlocks, slackLimits } from '../../src/adapters/slack/render-blocks.ts';

const visit: VisitView = {
  locale: 'zh-Hans',
  timeZone: 'Asia/Shanghai',
  state: 'logged',
  visitId: 7,
  customer: '华为技术有限公司',
  kind: 'visit',
  occurredAt: new Date('2026-11-23T02:00:00Z'),
  contacts: ['张总'],
  summary: '和张总聊了报价 <b>& more</b>',
  needs: null,
  issues: null,
  competitor: null,
  nextStep: '下周二跟进',
  followUp: { id: 3, dueAt: new Date('2026-12-01T01:00:00Z'), hasTime: false },
};

const huge: Card = {
  tone: 'info',
  title: 'x'.repeat(400),
  sections: Array.from({ length: 60 }, (_, i) => ({
    text: `**row ${i}** ${'长'.repeat(5000)}`,
    fields: Array.from({ length: 14 }, (_, j) => ({ label: `f${j}`, value: 'v'.repeat(2500) })),
  })),
  buttons: Array.from({ length: 30 }, (_, i) => ({
    label: 'b'.repeat(100),
    action: 'follow_up.done' as const,
    payload: { followUpId: i },
  })),
  footer: 'by 张伟',
};

describe('Slack Block Kit rendering', () => {
  it('renders the visit card with escaped text, fields and buttons that carry the action back', () => {
    const { text, blocks } = renderBlocks(visitCard(visit), 'zh-Hans');
    expect(text).toBe('已记录拜访：华为技术有限公司');
    expect(JSON.stringify(blocks)).toContain('&lt;b&gt;&amp; more&lt;/b&gt;');
    const actions = blocks.find((block) => block.type === 'actions') as unknown as {
      elements: { value: string; action_id: string }[];
    };
    expect(actions.elements.map((element) => JSON.parse(element.value))).toMatchObject([
      { a: 'visit.edit', p: { visitId: 7 } },
      { a: 'visit.undo', p: { visitId: 7 } },
    ]);
    expect(new Set(actions.elements.map((element) => element.action_id)).size).toBe(2);
  });

  it('keeps an oversized card within every Block Kit limit', () => {
    const { blocks } = renderBlocks(huge, 'zh-Hans');
    expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    for (const block of blocks) {
      const b = block as {
        text?: { text: string };
        fields?: { text: string }[];
        elements?: { text?: { text: string }; value?: string }[];
      };
      if (block.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(slackLimits.headerText);
      if (block.type === 'section' && b.text)
        expect(b.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(slackLimits.fields);
        for (const field of b.fields) expect(field.text.length).toBeLessThanOrEqual(slackLimits.fieldText);
      }
      if (block.type === 'actions') {
        expect(b.elements!.length).toBeLessThanOrEqual(slackLimits.actionsElements);
        for (const element of b.elements!)
          expect(element.text!.text.length).toBeLessThanOrEqual(slackLimits.buttonText);
      }
    }
    expect(
      blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements as unknown[]),
    ).toHaveLength(30);
  });
});

describe('Feishu card JSON 2.0 rendering', () => {
  it('colours the header by state, sets update_multi and turns a button with inputs into a form', () => {
    const card = renderFeishuCard(visitCard(visit)) as {
      schema: string;
      config: { update_multi: boolean };
      header: { template: string };
      body: { elements: Record<string, unknown>[] };
    };
    expect(card.schema).toBe('2.0');
    expect(card.config.update_multi).toBe(true);
    expect(card.header.template).toBe('green');
    const form = card.body.elements.find((element) => element.tag === 'form') as {
      elements: Record<string, unknown>[];
    };
    expect(form.elements.map((element) => element.tag)).toEqual(['input', 'input', 'date_picker', 'button']);
    expect(form.elements.at(-1)).toMatchObject({
      form_action_type: 'submit',
      behaviors: [{ type: 'callback', value: { action: 'visit.edit', payload: { visitId: 7 } } }],
    });
    expect(form.elements[2]).toMatchObject({ name: 'followUpDate', initial_date: '2026-12-01' });
  });

  it('keeps an oversized card under 30 KB', () => {
    const card = renderFeishuCard(huge);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(feishuLimits.bytes);
  });
});
