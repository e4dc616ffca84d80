import type { Button, Card, Section, Tone } from '../../../cards/card.ts';

// Block Kit limits (@slack/types): 50 blocks a message, 3,000 characters a section text, 10 fields of
// 2,000 characters, 25 elements an actions block, 75 characters a button label, 2,000 a button value,
// 150 a header. Content past them is cut with a visible mark rather than rejected by Slack.
export const slackLimits = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
} as const;

export type SlackBlock = Record<string, unknown> & { type: string };

const toneEmoji: Record<Tone, string> = { info: 'ℹ️', success: '✅', warning: '⚠️', danger: '🚨' };

/** What a Slack button carries back: the neutral action id and its payload. */
export interface SlackButtonValue {
  a: string;
  p: Record<string, string | number>;
}

/** A neutral card as Block Kit, within Slack's limits, plus the fallback text notifications show. */
export function renderBlocks(card: Card): { text: string; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: cut(`${toneEmoji[card.tone]} ${card.title}`, slackLimits.headerText),
        emoji: true,
      },
    },
  ];
  for (const section of card.sections) blocks.push(...renderSection(section));
  const actions = renderButtons(card.buttons);
  const footer = card.footer
    ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: cut(card.footer, slackLimits.sectionText) }] }]
    : [];
  const room = slackLimits.blocks - actions.length - footer.length;
  if (blocks.length > room) {
    blocks.length = room - 1;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: '… (more in chatcrm)' }] });
  }
  return { text: card.title, blocks: [...blocks, ...actions, ...footer] };
}

function renderSection(section: Section): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (section.text) {
    for (const chunk of splitText(toMrkdwn(section.text), slackLimits.sectionText)) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
    }
  }
  const fields = section.fields ?? [];
  for (let i = 0; i < fields.length; i += slackLimits.fields) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + slackLimits.fields).map((field) => ({
        type: 'mrkdwn',
        text: cut(`*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`, slackLimits.fieldText),
      })),
    });
  }
  return blocks;
}

function renderButtons(buttons: Button[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += slackLimits.actionsElements) {
    blocks.push({
      type: 'actions',
      elements: buttons.slice(i, i + slackLimits.actionsElements).map((button, offset) => {
        const value: SlackButtonValue = { a: button.action, p: button.payload };
        return {
          type: 'button',
          // Unique within the message: Slack refuses two buttons with one action_id in a block.
          action_id: `${button.action}#${i + offset}`,
          text: { type: 'plain_text', text: cut(button.label, slackLimits.buttonText), emoji: true },
          value: JSON.stringify(value).slice(0, slackLimits.buttonValue),
          ...(button.style ? { style: button.style } : {}),
        };
      }),
    });
  }
  return blocks;
}

/** **bold** → *bold*; Slack's mrkdwn also needs &, < and > escaped. */
function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Splits at line breaks where it can, so a long list becomes several sections, not a cut one. */
function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const at = rest.lastIndexOf('\n', max);
    const end = at > max / 2 ? at : max;
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end).replace(/^\n/, '');
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
