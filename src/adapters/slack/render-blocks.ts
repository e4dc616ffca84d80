import type { Button, Card, Field, Section, Tone } from '../../../cards/card.ts';
import type { Locale } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';
import { encodeButtonValue, type SlackButtonValue, showMoreAction } from './slack-button-value.ts';

// Block Kit limits (@slack/types): 50 blocks a message, 3,000 characters a section text, 10 fields of
// 2,000 characters, 25 elements an actions block, 75 characters a button label, 2,000 a button value,
// 150 a header. Slack also refuses messages whose blocks hold much more than ~13,000 characters in
// all (msg_blocks_too_long), so a page keeps under `pageText`. Content past a page goes on the next
// page, which the "show more" button posts: nothing is cut and nothing is refused.
export const slackLimits = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  pageText: 11_000,
} as const;

export type SlackBlock = Record<string, unknown> & { type: string };

/** One Slack message: the blocks, and the fallback text notifications show. */
export interface SlackPage {
  text: string;
  blocks: SlackBlock[];
}

export type { SlackButtonValue };

const toneEmoji: Record<Tone, string> = { info: 'ℹ️', success: '✅', warning: '⚠️', danger: '🚨' };
const maxActionBlocks = 20;

/** The first page of a card: what a single message shows (tests and simple callers). */
export function renderBlocks(card: Card, locale: Locale): SlackPage {
  return renderSlackPages(card, locale)[0]!;
}

/**
 * A neutral card as one or more Slack messages within every limit. The first page has the title, the
 * buttons and the footer; every page but the last leaves room for the "show more" button
 * (`withMoreButton`), which posts the next page.
 */
export function renderSlackPages(card: Card, locale: Locale): SlackPage[] {
  const title = `${toneEmoji[card.tone]} ${card.title}`;
  const header: SlackBlock = {
    type: 'header',
    text: { type: 'plain_text', text: cut(title, slackLimits.headerText), emoji: true },
  };
  const content: SlackBlock[] = [];
  // A title too long for the header is shown whole in the first section.
  if (title.length > slackLimits.headerText) content.push(...textBlocks(escapeMrkdwn(card.title)));
  for (const section of card.sections) content.push(...renderSection(section));
  const actions = renderButtons(card.buttons, locale);
  const footer: SlackBlock[] = card.footer
    ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: cut(card.footer, slackLimits.sectionText) }] }]
    : [];
  const firstRoom = slackLimits.blocks - 1 - actions.length - footer.length;
  if (content.length <= firstRoom && textSize(content) <= slackLimits.pageText) {
    return [{ text: card.title, blocks: [header, ...content, ...actions, ...footer] }];
  }
  const chunks = chunkBlocks(content, firstRoom - 1, slackLimits.blocks - 2);
  return chunks.map((chunk, index) =>
    index === 0
      ? { text: card.title, blocks: [header, ...chunk, ...actions, ...footer] }
      : {
          text: card.title,
          blocks: [
            {
              type: 'context',
              elements: [
                {
                  type: 'mrkdwn',
                  text: cut(
                    `${escapeMrkdwn(card.title)} (${index + 1}/${chunks.length})`,
                    slackLimits.fieldText,
                  ),
                },
              ],
            },
            ...chunk,
          ],
        },
  );
}

/** Adds the "show more" button that posts the held message `heldId` (the next page). */
export function withMoreButton(page: SlackPage, heldId: number, locale: Locale): SlackPage {
  const value: SlackButtonValue = { a: showMoreAction, p: {}, h: heldId };
  return {
    text: page.text,
    blocks: [
      ...page.blocks,
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: showMoreAction,
            text: { type: 'plain_text', text: t(locale, 'slack.showMore'), emoji: true },
            value: JSON.stringify(value),
          },
        ],
      },
    ],
  };
}

/** Splits blocks into pages: the first holds `firstRoom` blocks, the others `room`, each under pageText. */
function chunkBlocks(blocks: SlackBlock[], firstRoom: number, room: number): SlackBlock[][] {
  const chunks: SlackBlock[][] = [[]];
  let size = 0;
  for (const block of blocks) {
    const current = chunks[chunks.length - 1]!;
    const limit = chunks.length === 1 ? firstRoom : room;
    const blockSize = textSize([block]);
    if (current.length > 0 && (current.length >= limit || size + blockSize > slackLimits.pageText)) {
      chunks.push([block]);
      size = blockSize;
    } else {
      current.push(block);
      size += blockSize;
    }
  }
  return chunks;
}

function renderSection(section: Section): SlackBlock[] {
  const blocks: SlackBlock[] = section.text ? textBlocks(toMrkdwn(section.text)) : [];
  const fields = (section.fields ?? []).map(fieldText);
  let group: string[] = [];
  const flush = () => {
    if (group.length > 0)
      blocks.push({ type: 'section', fields: group.map((text) => ({ type: 'mrkdwn', text })) });
    group = [];
  };
  for (const text of fields) {
    if (text.length > slackLimits.fieldText) {
      // Too long for a field: shown whole as text instead, in its place.
      flush();
      blocks.push(...textBlocks(text));
      continue;
    }
    group.push(text);
    if (group.length === slackLimits.fields) flush();
  }
  flush();
  return blocks;
}

function fieldText(field: Field): string {
  return `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`;
}

function textBlocks(mrkdwn: string): SlackBlock[] {
  return splitText(mrkdwn, slackLimits.sectionText).map((chunk) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: chunk },
  }));
}

function renderButtons(buttons: Button[], locale: Locale): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += slackLimits.actionsElements) {
    if (blocks.length === maxActionBlocks) break;
    blocks.push({
      type: 'actions',
      elements: buttons.slice(i, i + slackLimits.actionsElements).map((button, offset) => ({
        type: 'button',
        // Unique within the message: Slack refuses two buttons with one action_id in a block.
        action_id: `${button.action}#${i + offset}`,
        text: { type: 'plain_text', text: cut(button.label, slackLimits.buttonText), emoji: true },
        value: encodeButtonValue(button, locale),
        ...(button.style ? { style: button.style } : {}),
      })),
    });
  }
  return blocks;
}

function textSize(blocks: SlackBlock[]): number {
  let size = 0;
  for (const block of blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text) size += text.length;
    for (const field of (block.fields as { text: string }[] | undefined) ?? []) size += field.text.length;
  }
  return size;
}

/** **bold** → *bold*; Slack's mrkdwn also needs &, < and > escaped. */
function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(.+?)\*\*/g, '*$1*');
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function cut(text: string, max: number): string {
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
