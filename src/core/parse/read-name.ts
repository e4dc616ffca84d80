import { cjkPattern } from './detect-language.ts';
import type { Span } from './text-span.ts';

const breakChar = /[\s,.;:!?()[\]{}<>"'“”‘’、。=【】《》（）|/\\#@]/;
// Where a Chinese name glued to the sentence ends: 华为投诉设备…, 和华为开会, 招商银行的李经理.
const chineseCut =
  /^(?:的|和|跟|与|同|说|聊|谈|开会|开了|见面|沟通|交流|拜访|打电话|打了|打个|电话|通话|吃饭|多收|少发|发错|一直|总是|又|还|没|不|投诉|客诉|抱怨|反映|反馈|需要|希望|要求|表示|也在|在用|用的|发货|到货|发票|报价|合同|那边|这边|客户资料|情况|资料|怎么样)/;
const latinWord = /^[A-Za-z0-9][\w&.'’-]*/;
const latinStop =
  /^(?:today|yesterday|tomorrow|tonight|this|next|last|about|re|regarding|met|and|for|with|to|at|on|in|they|we|who|that|is|was|has|had|said|wants?|needs?|asked|are|were|will|from|by|before|after|because|but|so|the|a|an|i)$/i;
const notLatinNames =
  /^(?:I|We|They|He|She|The|Our|Their|This|That|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December|Met|Meeting|Call|Visit|Follow|Next|Last|CTO|CEO|CFO|COO|CIO|VP)$/;
const companySuffix = /^(?:Inc|Co|Ltd|Corp|LLC|GmbH|PLC|S\.A|AG)\.?$/i;

export interface NameReading {
  /** Spans a name may not run into (dates, contacts). */
  stops: readonly Span[];
  /** After an explicit command ("find acme") lowercase words count; elsewhere a name is capitalised. */
  loose: boolean;
  /** Take the name up to a break, ignoring words that would cut it (a registered name, a query). */
  whole?: boolean;
}

/** Reads a Chinese or Latin name starting at `from` (after spaces), or null. */
export function readNameAt(text: string, from: number, reading: NameReading): Span | null {
  const start = from + (text.slice(from).match(/^\s*/)?.[0].length ?? 0);
  const first = text[start];
  if (first === undefined) return null;
  // "complaint: Hooli support was rude" — a capitalised name ends where the capitals do, even after a command.
  const latin = /[A-Z]/.test(first) ? { ...reading, loose: false } : reading;
  const span = cjkPattern.test(first)
    ? readChineseName(text, start, reading)
    : readLatinName(text, start, latin);
  return span && span.end > span.start ? span : null;
}

function readChineseName(text: string, start: number, reading: NameReading): Span {
  let end = start;
  while (end < text.length && end - start < 60) {
    const char = text[end] ?? '';
    if (breakChar.test(char)) break;
    if (end > start && reading.stops.some((span) => span.start === end)) break;
    if (end > start && !reading.whole && chineseCut.test(text.slice(end))) break;
    end += 1;
  }
  return { start, end };
}

function readLatinName(text: string, start: number, reading: NameReading): Span | null {
  let end = start;
  let position = start;
  for (let count = 0; count < 6; count += 1) {
    if (reading.stops.some((span) => span.start <= position && position < span.end)) break;
    const word = latinWord.exec(text.slice(position))?.[0];
    if (!word) break;
    const bare = word.replace(/[.'’]+$/, '').replace(/['’]s$/, '');
    const capitalised = /^[A-Z0-9]/.test(word);
    if (reading.loose ? latinStop.test(bare) : !capitalised && !/^(?:&|and|of|de)$/.test(bare)) break;
    if (notLatinNames.test(bare) && count === 0) return null;
    if (notLatinNames.test(bare)) break;
    end = position + (companySuffix.test(word) ? word.length : word.replace(/['’]s$|[.'’]+$/, '').length);
    if (/['’]s$/.test(word) || (word.endsWith('.') && !companySuffix.test(word))) break;
    const gap = /^[ \t]*(?:&[ \t]*)?/.exec(text.slice(position + word.length))?.[0] ?? '';
    if (gap === '') break;
    position += word.length + gap.length;
  }
  return end > start ? { start, end: trimConnectors(text, start, end) } : null;
}

/** Drops a dangling "and"/"of"/"&" a name cannot end with. */
function trimConnectors(text: string, start: number, end: number): number {
  const trimmed = text.slice(start, end).replace(/(?:\s+(?:and|of|de|&))+$/i, '');
  return start + trimmed.length;
}
