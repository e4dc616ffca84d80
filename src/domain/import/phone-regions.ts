/**
 * The regions whose numbers chatcrm can read without a country code, and format for people there.
 * An honest subset, not libphonenumber: number lengths and leading digits per region, enough to put
 * what sales teams type into E.164 and back. Other countries' numbers are accepted only with + or 00
 * in front, kept as written (digits), and shown with the + and no spacing.
 */
export const phoneRegions = ['CN', 'HK', 'MO', 'TW', 'SG', 'US'] as const;
export type PhoneRegion = (typeof phoneRegions)[number];

/** Mainland China: the workspace setting's default. */
export const defaultPhoneRegion: PhoneRegion = 'CN';

export interface PhoneRegionRule {
  /** Country calling code, digits only. */
  countryCode: string;
  /** The national (trunk) prefix dialled before an area code inside the country, or null. */
  trunk: string | null;
  /** National significant numbers dialled with the trunk prefix (landlines behind an area code). */
  afterTrunk: RegExp | null;
  /** National significant numbers dialled as they are (mobiles, 400 numbers, regions without a trunk). */
  bare: RegExp;
  /** Splits a national significant number into the groups people write, trunk included where dialled. */
  groups(nsn: string): { local: string; international: string };
}

const split = (digits: string, sizes: number[]): string[] => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts[parts.length - 1] += digits.slice(at);
  return parts;
};

// 2-digit area codes: Beijing 10 and 2x (Shanghai 21, Guangzhou 20, Shenzhen is 755); the rest have 3.
const cnArea = (nsn: string) => (/^(?:10|2\d)/.test(nsn) ? 2 : 3);
// A subscriber number of 8 digits is written 4-4, of 7 digits 3-4.
const subscriber = (digits: string) => split(digits, digits.length === 8 ? [4, 4] : [3, 4]).join(' ');

export const phoneRegionRules: Record<PhoneRegion, PhoneRegionRule> = {
  CN: {
    countryCode: '86',
    trunk: '0',
    afterTrunk: /^(?:(?:10|2\d)\d{8}|[3-9]\d{9,10})$/,
    bare: /^(?:1[3-9]\d{9}|[48]00\d{7})$/,
    groups(nsn) {
      if (/^1/.test(nsn)) {
        const mobile = split(nsn, [3, 4, 4]).join(' ');
        return { local: mobile, international: mobile };
      }
      if (/^[48]00/.test(nsn)) {
        const service = split(nsn, [3, 3, 4]).join('-');
        return { local: service, international: service.replace(/-/g, ' ') };
      }
      const area = nsn.slice(0, cnArea(nsn));
      const rest = subscriber(nsn.slice(area.length));
      return { local: `0${area}-${rest}`, international: `${area} ${rest}` };
    },
  },
  HK: {
    countryCode: '852',
    trunk: null,
    afterTrunk: null,
    bare: /^[2-9]\d{7}$/,
    groups: (nsn) => ({ local: split(nsn, [4, 4]).join(' '), international: split(nsn, [4, 4]).join(' ') }),
  },
  MO: {
    countryCode: '853',
    trunk: null,
    afterTrunk: null,
    bare: /^[268]\d{7}$/,
    groups: (nsn) => ({ local: split(nsn, [4, 4]).join(' '), international: split(nsn, [4, 4]).join(' ') }),
  },
  TW: {
    countryCode: '886',
    trunk: '0',
    // Mobiles 09xx-xxx-xxx; landlines 0 + a one-digit area code (02 Taipei, 04 Taichung, 07 Kaohsiung…).
    afterTrunk: /^(?:9\d{8}|[2-8]\d{7,8})$/,
    bare: /^$/,
    groups(nsn) {
      if (/^9/.test(nsn)) {
        const mobile = split(nsn, [3, 3, 3]);
        return { local: `0${mobile.join(' ')}`, international: mobile.join(' ') };
      }
      const rest = subscriber(nsn.slice(1));
      return { local: `0${nsn[0]}-${rest}`, international: `${nsn[0]} ${rest}` };
    },
  },
  SG: {
    countryCode: '65',
    trunk: null,
    afterTrunk: null,
    bare: /^[3689]\d{7}$/,
    groups: (nsn) => ({ local: split(nsn, [4, 4]).join(' '), international: split(nsn, [4, 4]).join(' ') }),
  },
  US: {
    // The North American plan: the United States, Canada and their neighbours share +1.
    countryCode: '1',
    trunk: '1',
    afterTrunk: /^[2-9]\d{2}[2-9]\d{6}$/,
    bare: /^[2-9]\d{2}[2-9]\d{6}$/,
    groups(nsn) {
      const [area, exchange, line] = split(nsn, [3, 3, 4]);
      return { local: `(${area}) ${exchange}-${line}`, international: `${area} ${exchange} ${line}` };
    },
  },
};

/** The region whose country code opens these international digits, with the rest; null if none here. */
export function findRegionOf(digits: string): { region: PhoneRegion; nsn: string } | null {
  for (const region of phoneRegions) {
    const { countryCode } = phoneRegionRules[region];
    if (digits.startsWith(countryCode)) return { region, nsn: digits.slice(countryCode.length) };
  }
  return null;
}
