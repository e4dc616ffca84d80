import { describe, expect, it } from 'vitest';
import { button, cardText, createTestBot, personId } from '../../helpers/bot.ts';

const visitText = '记录拜访 华为 今天和张总聊了报价，客户很感兴趣，下周二跟进';

async function logVisit() {
  const t = await createTestBot();
  const reply = await t.say('zhang', visitText);
  const minutes = reply.cards[1]!;
  const minutesId = Number(button(minutes, 'minutes.confirm').payload.minutesId);
  return { ...t, reply, minutes, minutesId };
}

describe('visit minutes', () => {
  it('drafts minutes for every logged visit, due two working days later, with Confirm and Edit', async () => {
    const { minutes, db, minutesId } = await logVisit();
    expect(minutes.key).toBe(`minutes:${minutesId}`);
    const text = cardText(minutes);
    expect(text).toContain('会议纪要：华为技术有限公司');
    expect(text).toContain('参会人: 张伟, 张总');
    expect(text).toContain('客户反应: 客户很感兴趣');
    expect(text).toMatch(/约定事项: - .*（张伟，2026-12-01）/);
    expect(text).toContain('[确认]');
    expect(text).toContain('[修改]');
    const row = await db.minutes.findUniqueOrThrow({ where: { id: minutesId } });
    // Monday 10:00 + two working days = Wednesday 10:00.
    expect(row.dueAt.toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(row.status).toBe('draft');
    expect(JSON.parse(row.provenance).topics).toBe('rules');
  });

  it('locks confirmed minutes: a later edit is a new version with who and when', async () => {
    const { press, minutes, minutesId, db } = await logVisit();
    const confirmed = await press('zhang', button(minutes, 'minutes.confirm'));
    expect(confirmed.replaceOriginal).toBe(true);
    expect(cardText(confirmed.cards[0]!)).toContain('张伟 于');
    expect(confirmed.cards[0]!.buttons.map((b) => b.action)).toEqual(['minutes.edit']);
    const again = await press('zhang', button(minutes, 'minutes.confirm'));
    expect(cardText(again.cards[0]!)).toContain('已经确认过了');

    const edited = await press('manager', button(confirmed.cards[0], 'minutes.edit'), {
      topics: '报价与交付周期',
      actions: '发送报价 | 张伟 | 2026-11-27\n安排演示 | 李娜',
    });
    const text = cardText(edited.cards[0]!);
    expect(text).toContain('已确认 v3');
    expect(text).toContain('王经理 于');
    expect(text).toContain('- 安排演示（李娜）');
    const versions = await db.minutesVersion.findMany({ where: { minutesId }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.change, v.changedBy])).toEqual([
      [1, 'drafted', null],
      [2, 'confirmed', await personId(db, '张伟')],
      [3, 'edited', await personId(db, '王经理')],
    ]);
    expect(JSON.parse(versions[1]!.content).topics).toContain('聊了报价');
    const row = await db.minutes.findUniqueOrThrow({ where: { id: minutesId } });
    expect(row.status).toBe('confirmed');
    expect(JSON.parse(row.provenance)).toMatchObject({
      topics: `person:${await personId(db, '王经理')}`,
      needs: 'rules',
    });
    const audit = await db.auditLog.findMany({ where: { entity: 'minutes', entityId: minutesId } });
    expect(audit.map((a) => a.action)).toEqual(['minutes.drafted', 'minutes.confirmed', 'minutes.edited']);
  });

  it.each([
    [{ topics: '   ' }, '议题不能为空'],
    [{ attendees: ' , ' }, '参会人不能为空'],
    [{ actions: '发报价 | 张伟 | 下周' }, '看不懂约定事项'],
  ])(
    'refuses an edit that empties or garbles a required field (%o) and stores nothing',
    async (values, message) => {
      const { press, minutes, minutesId, db } = await logVisit();
      const answer = await press('zhang', button(minutes, 'minutes.edit'), values);
      expect(cardText(answer.cards[0]!)).toContain(message);
      expect(await db.minutesVersion.count({ where: { minutesId } })).toBe(1);
    },
  );

  it('does not let another rep confirm or edit the minutes', async () => {
    const { press, minutes, db, minutesId } = await logVisit();
    const answer = await press('li', button(minutes, 'minutes.confirm'));
    expect(cardText(answer.cards[0]!)).toContain('别人的会议纪要');
    expect((await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).status).toBe('draft');
  });
});
