import type { Button, Card, Input, Tone } from '../../../cards/card.ts';

// Card JSON 2.0 (open.feishu.cn card-json-v2-structure): a card must stay under 30 KB and about 200
// elements; `update_multi` must be set when sent so the card can be patched after an action.
export const feishuLimits = { bytes: 30 * 1024, elements: 200 } as const;

const template: Record<Tone, string> = { info: 'blue', success: 'green', warning: 'orange', danger: 'red' };

/** What a Feishu button carries back in `action.value`. */
export interface FeishuButtonValue {
  action: string;
  payload: Record<string, string | number>;
}

type Element = Record<string, unknown>;

/** A neutral card as Feishu card JSON 2.0, within the size limit. */
export function renderFeishuCard(card: Card): Record<string, unknown> {
  const elements: Element[] = [];
  for (const section of card.sections) {
    const lines = [
      ...(section.text ? [section.text] : []),
      ...(section.fields ?? []).map((field) => `**${field.label}**: ${field.value}`),
    ];
    if (lines.length > 0) elements.push({ tag: 'markdown', content: lines.join('\n') });
  }
  const plain = card.buttons.filter((button) => !button.inputs?.length);
  if (plain.length > 0)
    elements.push({
      tag: 'column_set',
      columns: plain.map((button) => ({ tag: 'column', width: 'auto', elements: [renderButton(button)] })),
    });
  card.buttons.forEach((button, index) => {
    if (button.inputs?.length) elements.push(renderForm(button, index));
  });
  if (card.footer) elements.push({ tag: 'markdown', content: card.footer, text_size: 'notation' });
  const rendered = {
    schema: '2.0',
    config: { update_multi: true, summary: { content: card.title } },
    header: { title: { tag: 'plain_text', content: card.title }, template: template[card.tone] },
    body: { elements },
  };
  return fitSize(rendered, elements);
}

function renderButton(button: Button, submit?: string): Element {
  const value: FeishuButtonValue = { action: button.action, payload: button.payload };
  return {
    tag: 'button',
    text: { tag: 'plain_text', content: button.label },
    type: button.style === 'danger' ? 'danger' : button.style === 'primary' ? 'primary' : 'default',
    ...(submit ? { name: submit, form_action_type: 'submit' } : {}),
    behaviors: [{ type: 'callback', value }],
  };
}

/** A button with inputs becomes a form; the submitted values arrive as `action.form_value`. */
function renderForm(button: Button, index: number): Element {
  return {
    tag: 'form',
    name: `form_${index}`,
    elements: [...(button.inputs ?? []).map(renderInput), renderButton(button, `submit_${index}`)],
  };
}

function renderInput(input: Input): Element {
  const label = { tag: 'plain_text', content: input.label };
  if (input.kind === 'date') {
    return {
      tag: 'date_picker',
      name: input.id,
      placeholder: label,
      required: input.required ?? false,
      ...(input.value ? { initial_date: input.value } : {}),
    };
  }
  return {
    tag: 'input',
    name: input.id,
    label,
    placeholder: { tag: 'plain_text', content: input.placeholder ?? input.label },
    required: input.required ?? false,
    ...(input.kind === 'textarea' ? { input_type: 'multiline_text', rows: 4 } : {}),
    ...(input.value ? { default_value: input.value } : {}),
  };
}

/** Cuts the longest markdown blocks until the card fits in 30 KB; Feishu refuses larger ones. */
function fitSize(card: Record<string, unknown>, elements: Element[]): Record<string, unknown> {
  const size = () => Buffer.byteLength(JSON.stringify(card));
  while (size() > feishuLimits.bytes) {
    const longest = elements
      .filter((element) => element.tag === 'markdown')
      .sort((a, b) => String(b.content).length - String(a.content).length)[0];
    if (!longest) break;
    const content = String(longest.content);
    longest.content = `${content.slice(0, Math.floor(content.length * 0.7))}…`;
  }
  return card;
}
