import { parseJsonObject } from '../http/parse-json-object.ts';

/**
 * A Slack request body as an object: JSON for events, a form for slash commands, and a form with one
 * `payload` field holding JSON for interactivity. Null when it is none of them.
 */
export function readSlackBody(contentType: string | undefined, raw: string): Record<string, unknown> | null {
  if ((contentType ?? '').includes('application/json')) return parseJsonObject(raw);
  const form = new URLSearchParams(raw);
  const payload = form.get('payload');
  if (payload !== null) return parseJsonObject(payload);
  return Object.fromEntries(form);
}

/** Slack's message markup as plain text: entities unescaped, links and channel names readable. */
export function readSlackText(text: string): string {
  return text
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto|tel):([^>|]*)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto|tel):[^>|]*)>/g, (_, url: string) => url.replace(/^(?:mailto|tel):/, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
