import { describe, expect, it } from 'vitest';
import { isValidPhone } from '../../../src/domain/cleansing/is-valid-phone.ts';
import { formatPhone } from '../../../src/domain/import/format-phone.ts';
import { legacyPhoneKeys } from '../../../src/domain/import/legacy-phone-keys.ts';
import { normalizePhone, toStoredPhone } from '../../../src/domain/import/normalize-phone.ts';
import type { PhoneRegion } from '../../../src/domain/import/phone-regions.ts';

describe('phone numbers are stored in E.164, read in the workspace region', () => {
  it.each<[string, PhoneRegion, string | null]>([
    ['13800138000', 'CN', '+8613800138000'],
    ['138 0013 8000', 'CN', '+8613800138000'],
    ['+86 138-0013-8000', 'CN', '+8613800138000'],
    ['0086 13800138000', 'CN', '+8613800138000'],
    ['8613800138000', 'CN', '+8613800138000'],
    ['１３８００１３８０００', 'CN', '+8613800138000'],
    ['020-8888 6666', 'CN', '+862088886666'],
    ['(020) 88886666', 'CN', '+862088886666'],
    ['+86 20 8888 6666', 'CN', '+862088886666'],
    ['+86 (0)20 8888 6666', 'CN', '+862088886666'],
    ['0755-88888888 转 123', 'CN', '+8675588888888'],
    // Hangzhou subscriber numbers have 8 digits; the old hand-made table let a 7-digit one through.
    ['0571-8765432', 'CN', null],
    ['0571-8765 4321', 'CN', '+8657187654321'],
    ['400-123-4567', 'CN', '+864001234567'],
    ['+1 415 555 0100', 'CN', '+14155550100'],
    ['+852 2345 6789', 'CN', '+85223456789'],
    ['+44 20 7946 0958', 'CN', '+442079460958'],
    ['0912345678', 'TW', '+886912345678'],
    ['0912-345-678', 'TW', '+886912345678'],
    ['02-2345 6789', 'TW', '+886223456789'],
    ['+886 912 345 678', 'TW', '+886912345678'],
    ['13800138000', 'TW', null],
    ['2345 6789', 'HK', '+85223456789'],
    ['(415) 555-0100', 'US', '+14155550100'],
    ['(415) 555-0101', 'US', '+14155550101'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['+61 2 9374 4000', 'CN', '+61293744000'],
    ['1 415 555 0100', 'US', '+14155550100'],
    ['011 86 138 0013 8000', 'US', '+8613800138000'],
    // Not numbers the region can dial: a local number without its area code, a digit short, letters.
    ['8888 6666', 'CN', null],
    ['1380013800', 'CN', null],
    ['+86 12345678', 'CN', null],
    ['138-0013-800x', 'CN', null],
    ['电话待补充', 'CN', null],
    ['+1234567', 'CN', null],
  ])('%s in %s → %s', (raw, region, e164) => {
    expect(normalizePhone(raw, region)).toBe(e164);
  });
});

describe('stored numbers are shown in the local form at home and international abroad', () => {
  it.each<[string, PhoneRegion, string]>([
    ['+8613800138000', 'CN', '138 0013 8000'],
    ['+862088886666', 'CN', '020-8888 6666'],
    ['+8675588888888', 'CN', '0755-8888 8888'],
    ['+8657187654321', 'CN', '0571-8765 4321'],
    ['+864001234567', 'CN', '400-123-4567'],
    ['+14155550100', 'CN', '+1 415 555 0100'],
    ['+862088886666', 'TW', '+86 20 8888 6666'],
    ['+886912345678', 'TW', '0912 345 678'],
    ['+886223456789', 'TW', '02-2345 6789'],
    ['+886912345678', 'CN', '+886 912 345 678'],
    ['+85223456789', 'HK', '2345 6789'],
    ['+14155550100', 'US', '(415) 555-0100'],
    // The old table knew six regions and showed other countries' numbers unspaced.
    ['+442079460958', 'CN', '+44 20 7946 0958'],
    ['+442079460958', 'GB', '020 7946 0958'],
    // Stored as typed before phones were normalised: left alone.
    ['138-0013-8000', 'CN', '138-0013-8000'],
  ])('%s in %s → %s', (stored, region, shown) => {
    expect(formatPhone(stored, region)).toBe(shown);
  });

  it.each(['13800138000', '020-8888 6666', '+1 415 555 0100', '0912345678'])(
    '%s read back from its display form is the same number',
    (raw) => {
      const region: PhoneRegion = raw.startsWith('09') ? 'TW' : 'CN';
      const e164 = normalizePhone(raw, region)!;
      expect(normalizePhone(formatPhone(e164, region), region)).toBe(e164);
    },
  );
});

describe('an extension is kept beside the number, not in its key', () => {
  it.each<[string, PhoneRegion, string, string]>([
    ['0755-8888 8888 转 123', 'CN', '+8675588888888 ext. 123', '0755-8888 8888 转 123'],
    ['+1 415 555 0100 ext. 7', 'US', '+14155550100 ext. 7', '(415) 555-0100 ext. 7'],
    ['13800138000', 'CN', '+8613800138000', '138 0013 8000'],
  ])('%s in %s is stored as %s and shown as %s', (raw, region, stored, shown) => {
    expect(toStoredPhone(raw, region)).toBe(stored);
    expect(normalizePhone(stored, region)).toBe(normalizePhone(raw, region));
    expect(isValidPhone(stored)).toBe(true);
    expect(formatPhone(stored, region)).toBe(shown);
  });
});

describe('keys stored before E.164 are still asked for', () => {
  it.each([
    ['+8613800138000', ['8613800138000', '13800138000', '013800138000']],
    ['+862088886666', ['862088886666', '2088886666', '02088886666']],
    ['+14155550100', ['14155550100', '4155550100']],
    ['+442079460958', ['442079460958']],
  ])('%s → %j', (e164, keys) => {
    expect(legacyPhoneKeys(e164)).toEqual(keys);
  });
});
