import { type Locale, locales } from '../../domain/people.ts';

/** Feishu's language keys (i18n_content, a toast's i18n, a card's config.locales) for each of ours. */
export const feishuLocaleKeys: Record<Locale, readonly FeishuLocaleKey[]> = {
  'zh-Hans': ['zh_cn'],
  // Traditional Chinese readers' clients are set to Taiwan's or Hong Kong's; both get the same text.
  'zh-Hant': ['zh_tw', 'zh_hk'],
  en: ['en_us'],
};

export type FeishuLocaleKey = 'zh_cn' | 'zh_tw' | 'zh_hk' | 'en_us';

/** Every Feishu key, in the order a card's `config.locales` lists them. */
export const allFeishuLocaleKeys = locales.flatMap((locale) => feishuLocaleKeys[locale]);

/** `{ zh_cn: …, zh_tw: …, zh_hk: …, en_us: … }` with each key's text from `textIn`. */
export function feishuI18n(textIn: (locale: Locale) => string): Record<FeishuLocaleKey, string> {
  return Object.fromEntries(
    locales.flatMap((locale) => feishuLocaleKeys[locale].map((key) => [key, textIn(locale)])),
  ) as Record<FeishuLocaleKey, string>;
}

/** The reader's keys only, all with the same text: a card written in one language. */
export function feishuI18nFor(locale: Locale, text: string): Partial<Record<FeishuLocaleKey, string>> {
  // A plain literal, not Object.fromEntries: a card has hundreds of these, and fitSize stringifies the
  // card again after each cut, far slower over objects V8 keeps as dictionaries.
  const [first, second] = feishuLocaleKeys[locale];
  return second ? { [first!]: text, [second]: text } : { [first!]: text };
}
