import { describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { renderSlackPages, slackLimits } from '../../../src/adapters/slack/render-blocks.ts';
import { decodeButtonValue } from '../../../src/adapters/slack/slack-button-value.ts';
import { buildFormModal, readFormSubmission } from '../../../src/adapters/slack/slack-form-modal.ts';

type Block = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { value?: string }[];
};

const long: Card = {
  tone: 'info',
  title: 'x'.repeat(200),
  sections: Array.from({ length: 70 }, (_, i) => ({
    text: `row ${i} ${'长'.repeat(2500)}`,
    fields: Array.from({ length: 12 }, (_, j) => ({
      label: `f${j}`,
      value: j === 0 ? 'v'.repeat(2500) : 'v',
    })),
  })),
  buttons: [
    {
      label: 'Edit',
      action: 'visit.edit',
      payload: { visitId: 7 },
      inputs: [
        { id: 'summary', label: 'Summary', kind: 'textarea', value: 's'.repeat(3000), required: true },
      ],
    },
  ],
  footer: 'Edited by 张伟',
};

describe('Slack pages', () => {
  it('splits a long card into pages that each keep every Block Kit limit, losing nothing', () => {
    const pages = renderSlackPages(long, 'en');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      // Room is left on every page for the "show more" button.
      expect(page.blocks.length).toBeLessThanOrEqual(slackLimits.blocks - 1);
      for (const block of page.blocks as Block[]) {
        if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
        if (block.fields) {
          expect(block.fields.length).toBeLessThanOrEqual(10);
          for (const field of block.fields) expect(field.text.length).toBeLessThanOrEqual(2000);
        }
        for (const element of block.elements ?? [])
          if (element.value) expect(element.value.length).toBeLessThanOrEqual(2000);
      }
    }
    const all = pages.map((page) => JSON.stringify(page.blocks)).join('');
    for (let i = 0; i < 70; i += 1) expect(all).toContain(`row ${i} `);
    expect(all.split('v'.repeat(2500)).length - 1).toBe(70);
    expect(JSON.stringify(pages[0]!.blocks)).toContain('Edited by 张伟');
  });

  it('a form button too big for its 2,000 characters drops the long pre-fill, and an empty answer keeps the text', () => {
    const [page] = renderSlackPages(long, 'en');
    const button = (page!.blocks as Block[]).flatMap((block) => block.elements ?? []).find((e) => e.value)!;
    const value = decodeButtonValue(button.value)!;
    expect(button.value!.length).toBeLessThanOrEqual(2000);
    expect(value.f).toEqual([{ i: 'summary', k: 'textarea', l: 'Summary', r: 1, o: 1 }]);
    const modal = buildFormModal(
      { label: 'Edit the visit of a very long customer name', value },
      {
        channel: 'C1',
        origin: { ts: '1.2', ephemeral: false },
      },
    );
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(modal.private_metadata.length).toBeLessThanOrEqual(3000);
    const submitted = readFormSubmission({
      ...modal,
      state: { values: { summary: { value: { value: '' } } } },
    });
    expect(submitted).toMatchObject({
      action: 'visit.edit',
      payload: { visitId: 7 },
      values: {},
      locale: 'en',
    });
    expect(submitted!.origin).toEqual({ ts: '1.2', ephemeral: false });
  });

  it('a select input becomes a static_select, and the chosen option comes back as the value', () => {
    const card: Card = {
      tone: 'info',
      title: '纪要',
      sections: [],
      buttons: [
        {
          label: '修改',
          action: 'complaint.rate',
          payload: { complaintId: 3 },
          inputs: [
            {
              id: 'level',
              label: '满意度',
              kind: 'select',
              required: true,
              value: 'b',
              options: [
                { value: 'a', label: '满意' },
                { value: 'b', label: '基本满意' },
              ],
            },
          ],
        },
      ],
    };
    const [page] = renderSlackPages(card, 'zh-Hans');
    const button = (page!.blocks as Block[]).flatMap((block) => block.elements ?? []).find((e) => e.value)!;
    const modal = buildFormModal(
      { label: '修改', value: decodeButtonValue(button.value)! },
      {
        channel: 'D1',
        origin: { ephemeral: false },
      },
    );
    expect(modal.blocks[0]).toMatchObject({
      element: { type: 'static_select', initial_option: { value: 'b' } },
    });
    expect(modal.submit.text).toBe('提交');
    const submitted = readFormSubmission({
      ...modal,
      state: { values: { level: { value: { selected_option: { value: 'a' } } } } },
    });
    expect(submitted!.values).toEqual({ level: 'a' });
  });
});
