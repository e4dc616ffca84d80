import type { Button, Card, Input, Tone } from '../../../cards/card.ts';
import type { Locale } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';
import { allFeishuLocaleKeys, feishuI18n, feishuI18nFor } from './feishu-locale.ts';

// Card JSON 2.0 (open.feishu.cn card-json-v2-structure): a card must stay under 30 KB and about 200
// elements; `update_multi` must be set when sent so the card can be patched after an action.
export const feishuLimits = { bytes: 30 * 1024, elements: 200 } as const;

const template: Record<Tone, string> = { info: 'blue', success: 'green', warning: 'orange', danger: 'red' };

/** What a Feishu button carries back in `action.value`; `chat` tells the callback where the card is. */
export interface FeishuButtonValue {
  action: string;
  payload: Record<string, string | number>;
  chat?: 'p2p' | 'group';
}

export interface FeishuRenderOptions {
  /** The reader's language: the core wrote the card's words in it. */
  locale?: Locale;
  /** The kind of chat the card goes to, carried back by its buttons. */
  chat?: 'p2p' | 'group';
}

type Element = Record<string, unknown>;

/** A neutral card as Feishu card JSON 2.0, within the size limit. */
export function renderFeishuCard(card: Card, options: FeishuRenderOptions = {}): Record<string, unknown> {
  const key = options.locale ?? 'zh-Hans';
  const text = (content: string) => ({ content, i18n_content: feishuI18nFor(key, content) });
  const elements: Element[] = [];
  for (const section of card.sections) {
    const lines = [
      ...(section.text ? [section.text] : []),
      ...(section.fields ?? []).map((field) => `**${field.label}**: ${field.value}`),
    ];
    if (lines.length > 0) elements.push({ tag: 'markdown', ...text(lines.join('\n')) });
  }
  const plain = card.buttons.filter((button) => !button.inputs?.length);
  if (plain.length > 0)
    elements.push({
      tag: 'column_set',
      flex_mode: 'flow',
      columns: plain.map((button) => ({
        tag: 'column',
        width: 'auto',
        elements: [renderButton(button, key, options.chat)],
      })),
    });
  card.buttons.forEach((button, index) => {
    if (button.inputs?.length) elements.push(renderForm(button, index, key, options.chat));
  });
  if (card.footer) elements.push({ tag: 'markdown', ...text(card.footer), text_size: 'notation' });
  const rendered = {
    schema: '2.0',
    config: { update_multi: true, locales: allFeishuLocaleKeys, summary: text(card.title) },
    header: { title: { tag: 'plain_text', ...text(card.title) }, template: template[card.tone] },
    body: { elements },
  };
  return fitSize(rendered, elements, key);
}

function renderButton(
  button: Button,
  key: Locale,
  chat: FeishuRenderOptions['chat'],
  submit?: string,
): Element {
  const value: FeishuButtonValue = {
    action: button.action,
    payload: button.payload,
    ...(chat ? { chat } : {}),
  };
  return {
    tag: 'button',
    text: { tag: 'plain_text', content: button.label, i18n_content: feishuI18nFor(key, button.label) },
    type: button.style === 'danger' ? 'danger' : button.style === 'primary' ? 'primary' : 'default',
    ...(submit ? { name: submit, form_action_type: 'submit' } : {}),
    behaviors: [{ type: 'callback', value }],
  };
}

/** A button with inputs becomes a form; the submitted values arrive as `action.form_value`. */
function renderForm(button: Button, index: number, key: Locale, chat: FeishuRenderOptions['chat']): Element {
  return {
    tag: 'form',
    name: `form_${index}`,
    elements: [
      ...(button.inputs ?? []).map((input) => renderInput(input, key)),
      renderButton(button, key, chat, `submit_${index}`),
    ],
  };
}

function renderInput(input: Input, key: Locale): Element {
  const label = { tag: 'plain_text', content: input.label, i18n_content: feishuI18nFor(key, input.label) };
  const required = input.required ?? false;
  if (input.kind === 'date') {
    return {
      tag: 'date_picker',
      name: input.id,
      placeholder: label,
      required,
      ...(input.value ? { initial_date: input.value } : {}),
    };
  }
  if (input.kind === 'select') {
    return {
      tag: 'select_static',
      name: input.id,
      placeholder: label,
      required,
      options: (input.options ?? []).map((option) => ({
        text: { tag: 'plain_text', content: option.label },
        value: option.value,
      })),
      ...(input.value ? { initial_option: input.value } : {}),
    };
  }
  const placeholder = input.placeholder ?? input.label;
  return {
    tag: 'input',
    name: input.id,
    label,
    placeholder: { tag: 'plain_text', content: placeholder, i18n_content: feishuI18nFor(key, placeholder) },
    required,
    ...(input.kind === 'textarea' ? { input_type: 'multiline_text', rows: 4 } : {}),
    ...(input.value ? { default_value: input.value } : {}),
  };
}

/**
 * Cuts the longest markdown blocks until the card fits in 30 KB (Feishu refuses larger ones), and says
 * so at the end of the card in every language.
 */
function fitSize(card: Record<string, unknown>, elements: Element[], key: Locale): Record<string, unknown> {
  const size = () => Buffer.byteLength(JSON.stringify(card));
  if (size() <= feishuLimits.bytes) return card;
  elements.push({
    tag: 'markdown',
    content: t(key, 'feishu.card.truncated'),
    i18n_content: feishuI18n((locale) => t(locale, 'feishu.card.truncated')),
    text_size: 'notation',
  });
  while (size() > feishuLimits.bytes) {
    const longest = elements
      .filter((element) => element.tag === 'markdown')
      .sort((a, b) => String(b.content).length - String(a.content).length)[0];
    if (!longest || String(longest.content).length < 20) break;
    const content = String(longest.content);
    const cut = `${content.slice(0, Math.floor(content.length * 0.7))}…`;
    longest.content = cut;
    const i18n = longest.i18n_content as Record<string, string> | undefined;
    if (i18n) for (const locale of Object.keys(i18n)) i18n[locale] = cut;
  }
  return card;
}
