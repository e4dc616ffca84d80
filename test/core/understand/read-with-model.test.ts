import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { seedDemo } from '../../../src/cli/seed-demo.ts';
import { createBot } from '../../../src/core/handle-event.ts';
import { button, cardText, createTestBot, fixedNow, timeZone } from '../../helpers/bot.ts';
import { createTestDb } from '../../helpers/db.ts';
import {
  answerNextCompletion,
  blockNetwork,
  completion,
  createTestModel,
  llmBase,
} from '../../helpers/openai.ts';

beforeAll(blockNetwork);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

// The rules see 美的集团 but cannot tell what the message asks: they offer three readings.
const unsure = '美的集团 张总 下周二再联系';
const midea = '美的集团股份有限公司';
const reading = {
  intent: 'log_visit',
  customer: midea,
  contact: { name: '张总', title: '采购总监' },
  followUp: '2026-12-01',
  summary: '和张总沟通，约好下周二再联系',
};

interface SeenRequest {
  messages: { role: string; content: string }[];
  response_format: { type: string; json_schema: { schema: { properties: Record<string, unknown> } } };
}

/** The data the model was given: the JSON between <data> and </data> in the user message. */
function dataSent(body: SeenRequest): { message: string; sentAt: string; candidates: string[] } {
  const user = body.messages.find((message) => message.role === 'user')!.content;
  return JSON.parse(user.replace(/^<data>\n/, '').replace(/\n<\/data>$/, ''));
}

function labels(card: Card | undefined): string[] {
  return (card?.buttons ?? []).map((b) => b.label);
}

describe('a language model where the rules are unsure', () => {
  it('offers the model reading first and writes nothing until it is pressed, then logs it under the model', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    const bodies = answerNextCompletion(reading) as unknown as SeenRequest[];
    const question = (await t.say('zhang', unsure)).cards[0]!;

    expect(question.title).toBe('你是想……？');
    expect(labels(question)).toEqual([
      `模型理解：记录拜访 ${midea}`,
      '查询：美的集团',
      '登记客诉：美的集团',
      '都不是',
    ]);
    expect(question.buttons[0]!.style).toBe('primary');
    const text = cardText(question);
    expect(text).toContain('qwen-plus');
    expect(text).toContain('联系人: 张总（采购总监）');
    expect(text).toContain('下次跟进: 12月1日周二');
    expect(await t.db.visit.count({ where: { originalText: unsure } })).toBe(0);

    const sent = dataSent(bodies[0]!);
    expect(sent.message).toBe(unsure);
    expect(sent.sentAt).toBe('2026-11-23 10:00 Monday');
    expect(sent.candidates).toContain(midea);
    expect(bodies[0]!.response_format.type).toBe('json_schema');

    const done = await t.press('zhang', button(question, 'pending.choose_reading'));
    expect(done.cards[0]!.title).toBe(`已记录拜访：${midea}`);
    const visit = await t.db.visit.findFirstOrThrow({
      where: { originalText: unsure },
      include: { customer: true, followUps: true, contacts: { include: { contact: true } } },
    });
    expect(visit.customer.name).toBe(midea);
    expect(visit.summary).toBe('和张总沟通，约好下周二再联系');
    expect(visit.contacts.map((c) => [c.contact.name, c.contact.title])).toEqual([['张总', '采购总监']]);
    expect(visit.followUps.map((f) => f.dueAt.toISOString())).toEqual(['2026-12-01T01:00:00.000Z']);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'visit.logged', entityId: visit.id },
    });
    expect(audit.parser).toBe('llm:qwen-plus');
    expect(audit.confirmedBy).toBe(audit.actorId);
    await t.idle();
  });

  it("shows an English reading in English and keeps the rules' own readings as the other buttons", async () => {
    const t = await createTestBot({ llm: createTestModel() });
    answerNextCompletion({
      intent: 'log_visit',
      customer: 'Acme Corp',
      contact: { name: 'Zhang', title: 'CTO' },
      followUp: null,
      summary: 'Zhang was happy with the demo',
    });
    const question = (await t.say('tom', 'Acme Zhang, call again next Tuesday')).cards[0]!;
    expect(labels(question)).toEqual([
      "Model's reading: log a visit for Acme Corp",
      'Look up Acme',
      'File a complaint: Acme',
      'Neither',
    ]);
    // The rules read the date; the card shows the one that will be saved.
    expect(cardText(question)).toContain('Follow up: Tue, Dec 1');
    const lookUp = await t.press('tom', button(question, 'pending.choose_reading', 1));
    expect(lookUp.cards[0]!.title).toContain('Acme Corp');
    expect(await t.db.visit.count({ where: { originalText: { startsWith: 'Acme Zhang' } } })).toBe(0);
  });

  it("runs a rules reading pressed beside the model's as the rules read it", async () => {
    const t = await createTestBot({ llm: createTestModel() });
    answerNextCompletion(reading);
    const question = (await t.say('zhang', unsure)).cards[0]!;
    const complaint = question.buttons.find((b) => b.label === '登记客诉：美的集团')!;
    await t.press('zhang', complaint);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'complaint.filed' } });
    expect(audit.parser).toBe('rules');
    expect(await t.db.visit.count({ where: { originalText: unsure } })).toBe(0);
  });

  it('reads a message the rules could not read at all, and runs the reading chosen', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    answerNextCompletion({
      intent: 'list_followups',
      customer: null,
      contact: null,
      followUp: null,
      summary: null,
    });
    const question = (await t.say('zhang', '还有哪些活没干完')).cards[0]!;
    expect(labels(question)).toEqual(['模型理解：看我的跟进', '记录拜访', '都不是']);
    const list = await t.press('zhang', button(question, 'pending.choose_reading'));
    expect(cardText(list.cards[0]!)).toContain('华为技术有限公司');
  });

  const rulesOnly = async (who: 'zhang', text: string) => {
    const t = await createTestBot();
    return (await t.say(who, text)).cards[0]!;
  };

  it.each([
    [
      'a time-out',
      () =>
        nock(llmBase)
          .post('/v1/chat/completions')
          .delay(2_000)
          .reply(200, completion(JSON.stringify(reading))),
    ],
    [
      'a server error',
      () =>
        nock(llmBase)
          .post('/v1/chat/completions')
          .reply(500, { error: { message: 'down' } }),
    ],
    [
      'a refusal',
      () =>
        nock(llmBase)
          .post('/v1/chat/completions')
          .reply(200, completion(null, { refusal: 'I cannot help with that.' })),
    ],
    ['an answer that is not JSON', () => answerNextCompletion('{"intent": "log_visit",')],
    ['an answer outside the schema', () => answerNextCompletion({ ...reading, role: 'admin' })],
    [
      'a customer that was not among the candidates',
      () => answerNextCompletion({ ...reading, customer: '比亚迪股份有限公司' }),
    ],
    ['no reading', () => answerNextCompletion({ ...reading, intent: 'unknown', customer: null })],
  ])("asks the rules' own question after %s, offering nothing from the model", async (_name, answer) => {
    const t = await createTestBot({ llm: createTestModel(300) });
    answer();
    const question = (await t.say('zhang', unsure)).cards[0]!;
    expect(cardText(question)).toBe(cardText(await rulesOnly('zhang', unsure)));
    expect(labels(question)).toEqual([
      '记录拜访：美的集团',
      '查询：美的集团',
      '登记客诉：美的集团',
      '都不是',
    ]);
    expect(question.buttons.some((b) => b.payload.reading === 'model')).toBe(false);
    expect(await t.db.visit.count({ where: { originalText: unsure } })).toBe(0);
  });

  it('answers as the rules would when the model cannot read a message they could not read either', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    nock(llmBase)
      .post('/v1/chat/completions')
      .reply(500, { error: { message: 'down' } });
    const answer = (await t.say('zhang', '还有哪些活没干完')).cards[0]!;
    expect(cardText(answer)).toBe(cardText(await rulesOnly('zhang', '还有哪些活没干完')));
  });

  it('logs a warning with the reason and never the message when the model fails', async () => {
    const lines: { level: number; msg: string; reason?: string }[] = [];
    const raw: string[] = [];
    const logger = pino(
      { level: 'info' },
      {
        write: (line: string) => {
          raw.push(line);
          lines.push(JSON.parse(line));
        },
      },
    );
    const { db } = await createTestDb();
    await seedDemo(db, fixedNow);
    const bot = createBot({ db, logger, now: () => fixedNow, timeZone, llm: createTestModel() });
    nock(llmBase)
      .post('/v1/chat/completions')
      .reply(500, { error: { message: 'down' } });
    await bot.handle({
      kind: 'message',
      eventId: 'log-1',
      sender: { platform: 'console', externalId: 'demo:zhang' },
      chat: { id: 'c', kind: 'direct' },
      text: unsure,
    });
    const warning = lines.find((line) => line.msg === 'model gave no reading: asking with the rules');
    expect(warning).toMatchObject({ level: 40, reason: 'error' });
    expect(raw.join('')).not.toContain('张总');
  });

  it('never shows the model a customer the asker may not see, nor any customer the message does not name', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    const bodies = answerNextCompletion({ ...reading, customer: null }) as unknown as SeenRequest[];
    // 华为终端 is 李娜's customer: 张伟 may not see it, so it must not reach the model.
    await t.say('zhang', '美的集团和华为终端 下周二再联系');
    const body = JSON.stringify(bodies[0]);
    expect(dataSent(bodies[0]!).candidates).toEqual([midea]);
    expect(body).not.toContain('华为终端有限公司');
    expect(body).not.toContain('比亚迪');
    const schema = bodies[0]!.response_format.json_schema.schema.properties.customer;
    expect(JSON.stringify(schema)).toBe(
      JSON.stringify({ anyOf: [{ type: 'string', enum: [midea] }, { type: 'null' }] }),
    );
  });

  it('shows the model at most ten customers, however many the message names', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    const bodies = answerNextCompletion({ ...reading, customer: null }) as unknown as SeenRequest[];
    await t.say(
      'zhang',
      '华为技术 招商银行 大疆 阿里巴巴 比亚迪 美的集团 海尔 联想集团 浦发银行 京东 蔚来汽车 海康威视 下周二再联系',
    );
    const { candidates } = dataSent(bodies[0]!);
    expect(candidates).toHaveLength(10);
    expect(candidates).toContain('华为技术有限公司');
  });

  it("does not let the model's reading skip permissions: service staff are refused when they press it", async () => {
    const t = await createTestBot({ llm: createTestModel() });
    const bodies = answerNextCompletion({ ...reading, customer: null }) as unknown as SeenRequest[];
    const question = (await t.say('service', unsure)).cards[0]!;
    // 赵客服 has no complaint on 美的集团, so the model is shown no customer at all.
    expect(dataSent(bodies[0]!).candidates).toEqual([]);
    const refused = await t.press('service', button(question, 'pending.choose_reading'));
    expect(refused.refused).toBe(true);
    expect(await t.db.visit.count({ where: { originalText: unsure } })).toBe(0);
  });

  it('gives a redelivered message the same question without asking the model again', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    const bodies = answerNextCompletion(reading);
    const event = {
      kind: 'message' as const,
      eventId: 'again-1',
      sender: { platform: 'console' as const, externalId: 'demo:zhang' },
      chat: { id: 'c', kind: 'direct' as const },
      text: unsure,
    };
    const first = (await t.bot.handle(event)).cards[0]!;
    const second = (await t.bot.handle(event)).cards[0]!;
    expect(bodies).toHaveLength(1);
    expect(labels(second)).toEqual(labels(first));
    expect(button(second, 'pending.choose_reading').payload).toEqual(
      button(first, 'pending.choose_reading').payload,
    );
  });
});
