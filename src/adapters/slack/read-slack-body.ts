/**
 * A Slack request body as an object: JSON for events, a form for slash commands, and a form with one
 * `payload` field holding JSON for interactivity. Null when it is none of them.
 */
export function readSlackBody(contentType: string | undefined, raw: string): Record<string, unknown> | null {
  try {
    if ((contentType ?? '').includes('application/json')) return asObject(JSON.parse(raw));
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) return asObject(JSON.parse(payload));
    return Object.fromEntries(form);
  } catch {
    // Not JSON where JSON was due: the caller answers 400.
    return null;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
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
