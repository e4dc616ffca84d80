import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { Locale } from '../people.ts';

/**
 * The region whose numbers are written without a country code: any ISO 3166 country libphonenumber
 * knows ('CN', 'US', 'GB', 'TW', …). The full ("max") metadata is used everywhere so that validity is
 * checked against each country's real number ranges, not only its lengths.
 */
export type PhoneRegion = CountryCode;

/** Mainland China: the workspace setting's default. */
export const defaultPhoneRegion: PhoneRegion = 'CN';

export function isPhoneRegion(text: string): text is PhoneRegion {
  return isSupportedCountry(text);
}

/** "China (CN)" / "中国 (CN)": how a reply names the region a number was read in. */
export function describePhoneRegion(region: PhoneRegion, locale: Locale): string {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return `${names.of(region) ?? region} (${region})`;
}
