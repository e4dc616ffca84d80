import type { Locale } from '../domain/people.ts';
import { en } from './en.ts';
import { type MessageId, type MessageParams, zhHans } from './zh-hans.ts';
import { zhHant } from './zh-hant.ts';

export type { MessageId } from './zh-hans.ts';

const catalogues = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en } as const;

/** A message's parameters, when it has any: `t(l, 'visit.logged', { customer })`. */
type ParamsArg<K extends MessageId> = [MessageParams<K>] extends [never] ? [] : [params: MessageParams<K>];

/** The text of message `id` in the reader's language, with `{name}` filled from `params`. */
export function t<K extends MessageId>(locale: Locale, id: K, ...params: ParamsArg<K>): string {
  const text: unknown = catalogues[locale][id];
  const values = (params[0] ?? {}) as Record<string, unknown>;
  if (typeof text === 'function') return text(values);
  return (text as string).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
