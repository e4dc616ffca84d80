import { createHash } from 'node:crypto';
import { checkPayload } from '../http/check-payload.ts';
import { feishuCardActionEventSchema, feishuCardValueSchema } from './feishu-payload-schemas.ts';

/** A card button or form submission as the adapter keeps it. */
export interface FeishuCardAction {
  type: 'card_action';
  /**
   * Names the delivery: the callback's event_id, which a redelivery repeats and a new press does not;
   * without one, the same button with the same inputs on the same card by the same person.
   */
  dedupeKey: string;
  messageId: string;
  chatId: string;
  /**
   * The kind of chat the card was sent to, as its button's value says (unknown on older cards). A card
   * can be forwarded, so this is not where it was pressed: the processor asks about `chatId`.
   */
  chatKind?: 'p2p' | 'group';
  operatorOpenId: string;
  action: string;
  payload: Record<string, unknown>;
  values: Record<string, string>;
}

export type ReadCardAction =
  | { kind: 'action'; action: FeishuCardAction }
  /** Not a button of ours (a value that is not an object), or no card to answer on. */
  | { kind: 'ignored' }
  /** Not the shape Feishu sends, or a value of ours that was not written by us: refused. */
  | { kind: 'invalid'; problem: string };

/**
 * `card.action.trigger` → the action, checked by its schemas (feishu-payload-schemas.ts). The ids live
 * under `context` in the new callback; the old flat layout is read too. `eventId` is the envelope's
 * `header.event_id`.
 */
export function readCardAction(event: Record<string, unknown>, eventId?: string): ReadCardAction {
  const checked = checkPayload(feishuCardActionEventSchema, event, 'event');
  if (!checked.ok) return { kind: 'invalid', problem: checked.problem };
  const { action: pressed, operator, context } = checked.value;
  if (!pressed.value || typeof pressed.value !== 'object') return { kind: 'ignored' };
  const value = checkPayload(feishuCardValueSchema, pressed.value, 'event.action.value');
  if (!value.ok) return { kind: 'invalid', problem: value.problem };
  const { action, payload, chat } = value.value;
  const messageId = context?.open_message_id || checked.value.open_message_id;
  const chatId = context?.open_chat_id || checked.value.open_chat_id || '';
  if (!messageId) return { kind: 'ignored' };
  const values: Record<string, string> = {};
  for (const [key, input] of Object.entries(pressed.form_value ?? {})) {
    if (input !== null && input !== undefined) values[key] = String(input);
  }
  const safePayload = payload ?? {};
  return {
    kind: 'action',
    action: {
      type: 'card_action',
      // A second press is a new event the core answers ("已于 … 导入过了"), as on Slack; only the same
      // delivery again is caught here. The content key is for a callback that carries no event_id.
      dedupeKey: eventId
        ? `card:event:${eventId}`
        : `card:${hash([messageId, operator.open_id, action, stable(safePayload), stable(values)])}`,
      messageId,
      chatId,
      ...(chat ? { chatKind: chat } : {}),
      operatorOpenId: operator.open_id,
      action,
      payload: safePayload,
      values,
    },
  };
}

// Feishu may deliver one press twice; two presses of different buttons (or with different inputs)
// on the same card are two actions, so the key covers the button's value and the form, not the card.
function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);
}

function stable(record: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}
