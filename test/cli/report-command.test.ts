import { describe, expect, it } from 'vitest';
import { runReportCommand } from '../../src/cli/report-command.ts';
import { createTestBot, fixedNow, timeZone } from '../helpers/bot.ts';

describe('crm report --date', () => {
  it("prints each team's report for the day asked, and refuses a future or unreadable date", async () => {
    const t = await createTestBot();
    await t.say('zhang', '记录拜访 华为 和张总聊了报价');
    const printed: string[] = [];
    const run = (date?: string) =>
      runReportCommand(t.db, {
        now: fixedNow,
        timeZone,
        print: (text) => printed.push(text),
        ...(date ? { date } : {}),
      });
    expect(await run()).toBe(0);
    expect(printed.join('\n')).toContain('团队日报 2026-11-23');
    expect(printed.join('\n')).toContain('张伟 1');
    expect(await run('2026-11-20')).toBe(0);
    expect(printed.at(-1)).toContain('团队日报 2026-11-20');
    expect(await run('2026-11-24')).toBe(2);
    expect(await run('2026-13-45')).toBe(2);
    expect(printed).toHaveLength(2);
  });
});
