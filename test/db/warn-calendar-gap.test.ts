import { describe, expect, it } from 'vitest';
import { warnOfCalendarGap } from '../../src/db/warn-calendar-gap.ts';
import { captureLogs } from '../helpers/capture-logs.ts';
import { createTestDb } from '../helpers/db.ts';

const zone = 'Asia/Shanghai';
const warnings = (lines: Record<string, unknown>[]) => lines.filter((line) => line.level === 40);

describe('the working-day calendar at start', () => {
  it('warns once, naming the days, when the coming 60 days reach a year chinese-days has no holidays for', async () => {
    const { db } = await createTestDb();
    const { logger, lines } = captureLogs();
    await warnOfCalendarGap(db, logger, new Date('2026-12-10T10:00:00+08:00'), zone);
    expect(warnings(lines)).toHaveLength(1);
    expect(warnings(lines)[0]).toMatchObject({
      calendar: 'CN',
      uncoveredFrom: '2027-01-01',
      uncoveredTo: '2027-02-08',
      setting: 'calendar.working_days',
    });
    expect(warnings(lines)[0]!.msg).toMatch(/no Chinese public holidays/);
  });

  it('says nothing while the calendar covers the coming 60 days', async () => {
    const { db } = await createTestDb();
    const { logger, lines } = captureLogs();
    await warnOfCalendarGap(db, logger, new Date('2026-06-01T10:00:00+08:00'), zone);
    expect(warnings(lines)).toEqual([]);
  });

  it('says nothing for a team on the Monday–Friday calendar', async () => {
    const { db } = await createTestDb();
    await db.setting.create({ data: { key: 'calendar.working_days', value: '"weekdays"' } });
    const { logger, lines } = captureLogs();
    await warnOfCalendarGap(db, logger, new Date('2026-12-10T10:00:00+08:00'), zone);
    expect(warnings(lines)).toEqual([]);
  });
});
