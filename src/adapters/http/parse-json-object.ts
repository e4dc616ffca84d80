/**
 * Deeper than any payload Slack or Feishu sends (a block_actions body carrying our own card is about
 * a dozen levels). JSON.parse takes a million levels, but JSON.stringify, the logger and any walk
 * over the value then overflow the stack: the depth is checked on the text, before parsing.
 */
export const maxJsonDepth = 64;

/** The JSON object in `text`; null when it is not JSON, not an object, or nested beyond `maxDepth`. */
export function parseJsonObject(text: string, maxDepth = maxJsonDepth): Record<string, unknown> | null {
  if (exceedsDepth(text, maxDepth)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: the caller answers 400 (or refuses the request).
    return null;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** One pass over the text, counting brackets outside strings. */
function exceedsDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
