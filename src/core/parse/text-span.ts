/** A half-open range [start, end) of UTF-16 offsets, shared by the original and the matching text. */
export interface Span {
  start: number;
  end: number;
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

/** Replaces the spans with spaces so later stages skip them while every offset stays put. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans) {
    out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  }
  return out;
}
