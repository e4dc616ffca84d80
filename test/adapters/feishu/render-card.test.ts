import { describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { feishuLimits, renderFeishuCard } from '../../../src/adapters/feishu/render-card.ts';

const followUp: Card = {
  tone: 'warning',
  title: 'Follow-up overdue',
  sections: [{ text: 'Acme Corp: send the quote', fields: [{ label: 'Due', value: 'Mon, Nov 23' }] }],
  buttons: [
    { label: 'Done', action: 'follow_up.done', payload: { followUpId: 12 }, style: 'primary' },
    {
      label: 'Move',
      action: 'follow_up.move',
      payload: { followUpId: 12 },
      inputs: [
        { id: 'date', label: 'New date', kind: 'date', required: true },
        {
          id: 'reason',
          label: 'Why',
          kind: 'select',
          value: 'customer',
          options: [
            { value: 'customer', label: 'Customer asked' },
            { value: 'me', label: 'I was busy' },
          ],
        },
      ],
    },
  ],
  footer: 'Moved by Tom Chen',
};

type Rendered = {
  config: { update_multi: boolean; locales: string[] };
  header: { template: string; title: { content: string; i18n_content: Record<string, string> } };
  body: { elements: Record<string, unknown>[] };
};

describe('Feishu card JSON 2.0', () => {
  it("puts the card's words under the reader's locale and tells the callback which chat it is in", () => {
    const card = renderFeishuCard(followUp, { locale: 'en', chat: 'group' }) as Rendered;
    expect(card.header).toMatchObject({ template: 'orange', title: { content: 'Follow-up overdue' } });
    expect(card.header.title.i18n_content).toEqual({ en_us: 'Follow-up overdue' });
    expect(card.config).toMatchObject({ update_multi: true, locales: ['zh_cn', 'zh_tw', 'zh_hk', 'en_us'] });
    const done = JSON.stringify(card.body.elements[1]);
    expect(done).toContain('"value":{"action":"follow_up.done","payload":{"followUpId":12},"chat":"group"}');
    const zh = renderFeishuCard({ ...followUp, title: '跟进已逾期' }, { locale: 'zh-Hans' }) as Rendered;
    expect(zh.header.title.i18n_content).toEqual({ zh_cn: '跟进已逾期' });
  });

  it('draws a form with a date picker, a select and a submit button carrying the action', () => {
    const card = renderFeishuCard(followUp) as Rendered;
    const form = card.body.elements.find((element) => element.tag === 'form') as {
      elements: Record<string, unknown>[];
    };
    expect(form.elements.map((element) => element.tag)).toEqual(['date_picker', 'select_static', 'button']);
    expect(form.elements[1]).toMatchObject({
      name: 'reason',
      initial_option: 'customer',
      options: [{ value: 'customer', text: { content: 'Customer asked' } }, { value: 'me' }],
    });
    expect(form.elements[2]).toMatchObject({ form_action_type: 'submit', name: 'submit_1' });
  });

  it('cuts an oversized card below 30 KB and says so in both languages', () => {
    const huge: Card = {
      ...followUp,
      sections: Array.from({ length: 8 }, () => ({ text: '很长的纪要。'.repeat(2000) })),
    };
    const card = renderFeishuCard(huge, { locale: 'zh-Hans' }) as Rendered;
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(feishuLimits.bytes);
    expect(card.body.elements.at(-1)).toMatchObject({
      i18n_content: { zh_cn: '…（内容过长，已截断）', en_us: '… (too long, cut short)' },
    });
  });
});
