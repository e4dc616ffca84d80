import type { Button, Input } from '../../../cards/card.ts';
import type { Locale } from '../../domain/people.ts';
import { checkPayload } from '../http/check-payload.ts';
import { parseJsonObject } from '../http/parse-json-object.ts';
import { slackButtonValueSchema } from './slack-payload-schemas.ts';

/** Slack's limit on a button's value. */
export const maxButtonValue = 2000;

/** A form input as a button carries it: id, kind, label, and optionally value, required, placeholder. */
export interface FormField {
  i: string;
  k: Input['kind'];
  l: string;
  v?: string;
  r?: 1;
  h?: string;
  /** The pre-filled value was too long to carry: an empty answer keeps the current one. */
  o?: 1;
  /** A select's choices: [value, label]. */
  s?: [string, string][];
}

/** What a Slack button carries back: the neutral action id, its payload and its form, if any. */
export interface SlackButtonValue {
  a: string;
  p: Record<string, string | number>;
  f?: FormField[];
  /** "Show more": the id of the held message with the rest of the card. */
  h?: number;
  /** A form's reader's language, for the words the modal adds (Submit, Cancel). */
  l?: Locale;
}

/** The adapter's own action: post the rest of a card that did not fit one message. */
export const showMoreAction = 'slack.more';

/**
 * Encodes a button within Slack's 2,000 characters. Pre-filled form values are dropped, longest first,
 * when they do not fit: the form then opens with that field empty, and an empty answer keeps the value.
 */
export function encodeButtonValue(button: Button, locale: Locale): string {
  const value: SlackButtonValue = { a: button.action, p: button.payload };
  if (button.inputs && button.inputs.length > 0) {
    value.f = button.inputs.map(toField);
    value.l = locale;
  }
  let text = JSON.stringify(value);
  const fields = [...(value.f ?? [])].sort((x, y) => (y.v?.length ?? 0) - (x.v?.length ?? 0));
  for (const field of fields) {
    if (text.length <= maxButtonValue || !field.v) break;
    delete field.v;
    field.o = 1;
    text = JSON.stringify(value);
  }
  if (text.length > maxButtonValue) {
    // Labels and placeholders are short; this only guards against a card that breaks the rule.
    for (const field of value.f ?? []) {
      field.l = field.l.slice(0, 40);
      delete field.h;
    }
    text = JSON.stringify(value);
  }
  return text;
}

export type ReadButtonValue =
  | { kind: 'ours'; value: SlackButtonValue }
  /** Not JSON: not a button of ours (or one from an older release), ignored. */
  | { kind: 'foreign' }
  /** JSON of the wrong shape: a forged value. */
  | { kind: 'invalid'; problem: string };

export function readButtonValue(text: string | null | undefined): ReadButtonValue {
  if (typeof text !== 'string') return { kind: 'foreign' };
  const parsed = parseJsonObject(text);
  if (!parsed) return { kind: 'foreign' };
  const checked = checkPayload(slackButtonValueSchema, parsed, 'action.value');
  return checked.ok
    ? { kind: 'ours', value: checked.value as SlackButtonValue }
    : { kind: 'invalid', problem: checked.problem };
}

export function decodeButtonValue(text: unknown): SlackButtonValue | null {
  const read = readButtonValue(typeof text === 'string' ? text : undefined);
  return read.kind === 'ours' ? read.value : null;
}

function toField(input: Input): FormField {
  return {
    i: input.id,
    k: input.kind,
    l: input.label,
    ...(input.value ? { v: input.value } : {}),
    ...(input.required ? { r: 1 as const } : {}),
    ...(input.placeholder ? { h: input.placeholder } : {}),
    ...(input.options
      ? { s: input.options.map((option): [string, string] => [option.value, option.label]) }
      : {}),
  };
}
