import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../../src/adapters/console/console-session.ts';
import { renderCardText } from '../../../src/adapters/console/render-card.ts';
import { seedDemo } from '../../../src/cli/seed-demo.ts';
import { createBot } from '../../../src/core/handle-event.ts';
import { addHuaweiLookalike, fixedNow, timeZone } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';

async function startConsole() {
  const { db } = await createTestDb();
  await seedDemo(db, fixedNow);
  const bot = createBot({ db, logger: pino({ level: 'silent' }), now: () => fixedNow, timeZone });
  return {
    db,
    session: createConsoleSession({
      bot,
      db,
      sender: { platform: 'console', externalId: 'demo:zhang' },
      now: () => fixedNow,
    }),
  };
}

function buttonNumber(output: string, label: string): string {
  const match = new RegExp(`\\[(\\d+)\\] ${label}`).exec(output);
  if (!match) throw new Error(`no button "${label}" in:\n${output}`);
  return match[1]!;
}

describe('the console', () => {
  it('drives a whole conversation: log, ambiguity card, confirm, undo, lookup', async () => {
    const { db, session } = await startConsole();
    await addHuaweiLookalike(db);

    expect(await session.send('/as 王经理')).toBe('now chatting as 王经理 (manager)');
    const question = await session.send('记录拜访 华为 今天和张总聊了报价，下周二跟进');
    expect(question).toContain('请确认客户');
    expect(question).toContain('华为技术有限公司 (张伟)');
    expect(await db.visit.count({ where: { originalText: { contains: '聊了报价' } } })).toBe(0);

    const logged = await session.send(buttonNumber(question, '华为技术有限公司'));
    expect(logged).toContain('已记录拜访：华为技术有限公司');
    expect(logged).toMatch(/跟进: #\d+ 12月1日/);
    expect(await db.visit.count({ where: { originalText: { contains: '聊了报价' } } })).toBe(1);

    const undone = await session.send(buttonNumber(logged, '撤销'));
    expect(undone).toContain('已撤销拜访');
    expect(undone).toContain('王经理 于');
    expect(await db.visit.count({ where: { originalText: { contains: '聊了报价' } } })).toBe(0);

    const profile = await session.send('查一下 招行');
    expect(profile).toContain('招商银行股份有限公司');
    expect(profile).toContain('负责人: 张伟');
  });

  it('fills a form button field by field, keeping pre-filled values on Enter', async () => {
    const { db, session } = await startConsole();
    const logged = await session.send('记录拜访 招商银行 今天和李经理聊了演示，明天跟进');
    const firstPrompt = await session.send(buttonNumber(logged, '修改 …'));
    expect(firstPrompt).toContain('纪要 [');
    expect(await session.send('演示改到周四')).toContain('下一步');
    expect(await session.send('')).toContain('跟进日期');
    const edited = await session.send('2026-12-03');
    expect(edited).toContain('已更新拜访');
    expect(edited).toContain('张伟 于');
    const visit = await db.visit.findFirstOrThrow({
      where: { summary: '演示改到周四' },
      include: { followUps: true },
    });
    expect(visit.followUps[0]!.dueAt.toISOString()).toBe('2026-12-03T01:00:00.000Z');
  });

  it('explains an unknown person, a missing button and lists people', async () => {
    const { session } = await startConsole();
    expect(await session.send('/as 不存在')).toContain('nobody is called');
    expect(await session.send('/people')).toContain('赵客服 (service');
    await session.send('我的跟进');
    expect(await session.send('42')).toContain('there is no button 42');
  });

  it('draws every part of a card as text with numbered buttons', () => {
    const { text, buttons } = renderCardText(
      {
        tone: 'success',
        title: 'Visit logged: Acme',
        sections: [{ text: '**Met** Zhang' }, { fields: [{ label: 'Follow-up', value: 'Tue' }] }],
        buttons: [
          {
            label: 'Edit',
            action: 'visit.edit',
            payload: { visitId: 1 },
            inputs: [{ id: 'summary', label: 'Summary', kind: 'text' }],
          },
          { label: 'Undo', action: 'visit.undo', payload: { visitId: 1 } },
        ],
        footer: 'by Tom',
      },
      3,
    );
    expect(text).toBe(
      [
        '┌─ ✔ Visit logged: Acme',
        '│ Met Zhang',
        '│ Follow-up: Tue',
        '│ [3] Edit …',
        '│ [4] Undo',
        '│ by Tom',
        '└─',
      ].join('\n'),
    );
    expect(buttons).toHaveLength(2);
  });
});
