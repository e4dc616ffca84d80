import { createHash } from 'node:crypto';

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
  /** Written into the button's value when the card was rendered; unknown on older cards. */
  chatKind?: 'p2p' | 'group';
  operatorOpenId: string;
  action: string;
  payload: Record<string, unknown>;
  values: Record<string, string>;
}

interface CardActionEvent {
  operator?: { open_id?: string };
  action?: { value?: unknown; form_value?: Record<string, unknown>; option?: string; name?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
  open_message_id?: string;
  open_chat_id?: string;
}

/**
 * `card.action.trigger` → the action, or null when it is not one of ours (no object value). The ids
 * live under `context` in the new callback; the old flat layout is read too. `eventId` is the
 * envelope's `header.event_id`.
 */
export function readCardAction(event: CardActionEvent, eventId?: string): FeishuCardAction | null {
  const value = event.action?.value;
  if (!value || typeof value !== 'object') return null;
  const { action, payload, chat } = value as { action?: unknown; payload?: unknown; chat?: unknown };
  const operator = event.operator?.open_id;
  const messageId = event.context?.open_message_id ?? event.open_message_id;
  const chatId = event.context?.open_chat_id ?? event.open_chat_id ?? '';
  if (typeof action !== 'string' || !operator || !messageId) return null;
  const values: Record<string, string> = {};
  for (const [key, input] of Object.entries(event.action?.form_value ?? {})) {
    if (input !== null && input !== undefined) values[key] = String(input);
  }
  const safePayload = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  return {
    type: 'card_action',
    // A second press is a new event the core answers ("已于 … 导入过了"), as on Slack; only the same
    // delivery again is caught here. The content key is for a callback that carries no event_id.
    dedupeKey: eventId
      ? `card:event:${eventId}`
      : `card:${hash([messageId, operator, action, stable(safePayload), stable(values)])}`,
    messageId,
    chatId,
    ...(chat === 'p2p' || chat === 'group' ? { chatKind: chat } : {}),
    operatorOpenId: operator,
    action,
    payload: safePayload,
    values,
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
