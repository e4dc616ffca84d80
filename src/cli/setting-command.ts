import type { Db } from '../db/client.ts';
import { phoneRegionKey, readPhoneRegion } from '../db/phone-region.ts';
import { writeSetting } from '../db/settings.ts';
import { readWorkingDays, workingDaysKey } from '../db/working-days.ts';
import { workingDaysSchema } from '../domain/complaints/working-time.ts';
import { isPhoneRegion } from '../domain/import/phone-regions.ts';

export const settingUsage = `  setting phone.region [CC]             show, or set, the country numbers without +code are read as (e.g. US)
  setting calendar.working_days [CN|weekdays]
                                        show, or set, the working-day calendar (default CN)`;

// The settings an operator sets before the team starts; each is checked before it is written, since a
// stored value that does not fit is silently read as the default.
const settings: Record<
  string,
  { read: (db: Db) => Promise<string>; check: (value: string) => string | null }
> = {
  [phoneRegionKey]: {
    read: readPhoneRegion,
    check: (value) =>
      isPhoneRegion(value) ? null : `"${value}" is not a two-letter country code, e.g. CN, US, GB`,
  },
  [workingDaysKey]: {
    read: readWorkingDays,
    check: (value) =>
      workingDaysSchema.safeParse(value).success ? null : `"${value}" is not CN or weekdays`,
  },
};

/** `crm setting KEY [VALUE]`: prints a setting, or checks and writes it. */
export async function runSettingCommand(
  db: Db,
  args: string[],
  print: (text: string) => void = console.log,
): Promise<number> {
  const [key, value, ...extra] = args;
  const setting = key ? settings[key] : undefined;
  if (!setting || extra.length > 0) {
    console.error(`usage: npm run -s crm --\n${settingUsage}`);
    return 2;
  }
  if (value === undefined) {
    print(`${key} = ${await setting.read(db)}`);
    return 0;
  }
  const problem = setting.check(value);
  if (problem) {
    console.error(`${key}: ${problem}`);
    return 2;
  }
  await writeSetting(db, key!, value, null);
  print(`${key} = ${value} (restart the service for its start-up checks)`);
  return 0;
}
