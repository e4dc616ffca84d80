import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSettingCommand } from '../../src/cli/setting-command.ts';
import { readPhoneRegion } from '../../src/db/phone-region.ts';
import { readWorkingDays } from '../../src/db/working-days.ts';
import { createTestDb } from '../helpers/db.ts';

afterEach(() => vi.restoreAllMocks());

describe('crm setting', () => {
  it('sets the phone region and the working-day calendar, and shows them', async () => {
    const { db } = await createTestDb();
    const printed: string[] = [];
    const print = (text: string) => printed.push(text);
    expect(await runSettingCommand(db, ['phone.region'], print)).toBe(0);
    expect(await runSettingCommand(db, ['phone.region', 'US'], print)).toBe(0);
    expect(await runSettingCommand(db, ['calendar.working_days', 'weekdays'], print)).toBe(0);
    expect(printed[0]).toBe('phone.region = CN');
    expect(await readPhoneRegion(db)).toBe('US');
    expect(await readWorkingDays(db)).toBe('weekdays');
  });

  it('refuses a value the setting cannot hold, saying which, and writes nothing', async () => {
    const { db } = await createTestDb();
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
    expect(await runSettingCommand(db, ['phone.region', 'USA'], () => {})).toBe(2);
    expect(await runSettingCommand(db, ['calendar.working_days', 'US'], () => {})).toBe(2);
    expect(errors).toEqual([
      'phone.region: "USA" is not a two-letter country code, e.g. CN, US, GB',
      'calendar.working_days: "US" is not CN or weekdays',
    ]);
    expect(await db.setting.count()).toBe(0);
  });
});
