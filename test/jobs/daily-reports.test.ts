import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../cards/card.ts';
import { createDb } from '../../src/db/client.ts';
import { sendDailyReports } from '../../src/jobs/daily-reports.ts';
import { chooseJobTimes } from '../../src/jobs/scheduler.ts';
import { cardText, createTestBot, personId, timeZone } from '../helpers/bot.ts';
import { answerNextCompletion, blockNetwork, createTestModel, llmBase } from '../helpers/openai.ts';

const logger = pino({ level: 'silent' });
const evening = new Date('2026-11-23T18:00:00+08:00');
const slot = evening.toISOString();

beforeAll(blockNetwork);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function dayWithVisits(chatRef: string | null) {
  const t = await createTestBot();
  await t.db.team.updateMany({ data: { chatRef } });
  await t.say('zhang', '记录拜访 华为 和张总聊了报价，客户担心交付周期，下周二跟进');
  await t.say('tom', 'log visit with Acme Corp: met CTO Zhang, they were pleased with the demo');
  return { ...t, deps: { db: t.db, logger, now: () => evening, timeZone } };
}

const cardsOf = (row: { cards: string }) => JSON.parse(row.cards) as Card[];

describe('the daily report job', () => {
  it("posts the team summary and each active rep's report to the team's group chat", async () => {
    const t = await dayWithVisits('feishu:oc_team');
    expect(await sendDailyReports(t.deps, slot)).toEqual({ ran: true, done: 1, failed: 0 });
    const push = await t.db.push.findFirstOrThrow({ where: { kind: 'daily_report' } });
    expect(push.chat).toBe('feishu:oc_team');
    const cards = cardsOf(push);
    expect(cards.map((c) => c.title)).toEqual([
      '团队日报 2026-11-23：华东销售 East China Sales',
      '日报 2026-11-23：张伟',
      '日报 2026-11-23：Tom Chen',
    ]);
    expect(cardText(cards[0]!)).toContain('各人拜访: 张伟 1，李娜 0，Tom Chen 1');
    expect(cardText(cards[1]!)).toContain('客户担心交付周期');
    expect(await t.db.report.count({ where: { day: '2026-11-23' } })).toBe(3);
  });

  it('never posts the same team and day twice: a second run, or two processes at once', async () => {
    const t = await dayWithVisits('slack:C123');
    const { url } = {
      url: (await t.db.$queryRawUnsafe<{ file: string }[]>('PRAGMA database_list'))[0]!.file,
    };
    const other = await createDb(`file:${url}`);
    const outcomes = await Promise.all([
      sendDailyReports(t.deps, slot),
      sendDailyReports({ ...t.deps, db: other }, slot),
    ]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    // A run at another minute (a restart, /run in the console) finds the day already posted.
    await sendDailyReports(t.deps, new Date(evening.getTime() + 60_000).toISOString());
    expect(await t.db.push.count({ where: { kind: 'daily_report' } })).toBe(1);
    await other.$disconnect();
  });

  it('sends the report to the managers when the team has no group chat', async () => {
    const t = await dayWithVisits(null);
    await sendDailyReports(t.deps, slot);
    const pushes = await t.db.push.findMany({ where: { kind: 'daily_report' } });
    expect(pushes.map((p) => p.personId)).toEqual([await personId(t.db, '王经理')]);
  });

  it('has the model write the narrative when one is configured, recording which model wrote it', async () => {
    const t = await dayWithVisits('feishu:oc_team');
    const bodies = answerNextCompletion('今天团队拜访了两家客户，华为关心交付周期。');
    await sendDailyReports({ ...t.deps, llm: createTestModel() }, slot);
    const card = cardsOf(await t.db.push.findFirstOrThrow({ where: { kind: 'daily_report' } }))[0]!;
    expect(cardText(card)).toContain('今天团队拜访了两家客户');
    expect(card.footer).toContain('qwen-plus');
    const stored = await t.db.report.findFirstOrThrow({ where: { kind: 'team' } });
    expect(stored.writtenBy).toBe('llm:qwen-plus');
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entity: 'report', entityId: stored.id } });
    expect(audit.parser).toBe('llm:qwen-plus');
    expect(bodies[0]!.messages[1]!.content).toContain('华为技术有限公司');
  });

  it('falls back to the template when the model fails', async () => {
    const t = await dayWithVisits('feishu:oc_team');
    nock(llmBase)
      .post('/v1/chat/completions')
      .reply(500, { error: { message: 'down' } });
    await sendDailyReports({ ...t.deps, llm: createTestModel() }, slot);
    const card = cardsOf(await t.db.push.findFirstOrThrow({ where: { kind: 'daily_report' } }))[0]!;
    expect(cardText(card)).toContain('共记录 2 次客户接触');
    expect((await t.db.report.findFirstOrThrow({ where: { kind: 'team' } })).writtenBy).toBe('template');
  });

  it.each([
    [{}, {}, '0 18 * * 1-5'],
    [{ daily_report: '30 17 * * 1-6' }, {}, '30 17 * * 1-6'],
    [{ daily_report: '30 17 * * 1-6' }, { daily_report: '0 19 * * *' }, '0 19 * * *'],
    [{ daily_report: '30 17 * * 1-6' }, { daily_report: 'not cron' }, '30 17 * * 1-6'],
  ])(
    'runs at REPORT_CRON %o unless the jobs.times setting %o says otherwise',
    (configured, settings, expected) => {
      expect(chooseJobTimes(configured, settings).times.daily_report).toBe(expected);
    },
  );
});
