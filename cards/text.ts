import type { Locale } from '../src/domain/people.ts';

/** Picks the text for the person's language; every card string is written in both. */
export function pick(locale: Locale, zh: string, en: string): string {
  return locale !== 'en' ? zh : en;
}

/** Wall-clock rendering in the workspace zone: "11月24日 周二 09:00" / "Tue, Nov 24 09:00". */
export function formatWhen(date: Date, locale: Locale, timeZone: string, withTime = true): string {
  return formatter(`${locale} ${timeZone} ${withTime}`, () => {
    const options: Intl.DateTimeFormatOptions = {
      timeZone,
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    };
    return new Intl.DateTimeFormat(dateLocales[locale], options);
  }).format(date);
}

// Traditional Chinese readers get Taiwan's forms (週二, not 周二).
const dateLocales: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US' };

/** The calendar day in the workspace zone as YYYY-MM-DD, the value of a date input. */
export function formatDay(date: Date, timeZone: string): string {
  return formatter(`day ${timeZone}`, () => {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }).format(date);
}

// Building a formatter costs far more than using one (ICU loads the locale's patterns), and a card
// formats many dates; there are only a few locale and zone pairs.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}
