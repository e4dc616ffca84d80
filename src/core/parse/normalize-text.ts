import { Converter } from 'opencc-js';

const toSimplifiedText = Converter({ from: 'tw', to: 'cn' });

export interface NormalizedText {
  /** What the person typed, for the summary and for names, which stay in the script they wrote. */
  original: string;
  /** Traditional characters turned simplified; same length as `original`. */
  simplified: string;
  /** `simplified` with full-width ASCII folded to half-width, so rules see one form of 「，：＃３」. */
  match: string;
}

/**
 * Every later stage finds offsets in `match` and slices `original` with them, so both must keep the
 * same length. OpenCC's tw→cn tables are character for character, but a phrase table could change a
 * length one day; then fall back to converting one character at a time.
 */
export function normalizeText(text: string): NormalizedText {
  const whole = toSimplifiedText(text);
  const simplified = whole.length === text.length ? whole : toSimplifiedByChar(text);
  return { original: text, simplified, match: foldWidth(simplified) };
}

function toSimplifiedByChar(text: string): string {
  let out = '';
  for (const char of text) {
    const converted = toSimplifiedText(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}
