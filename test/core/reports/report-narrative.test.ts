import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takePushes } from '../../../src/db/pushes.ts';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';
import { answerNextCompletion, blockNetwork, createTestModel } from '../../helpers/openai.ts';

beforeAll(blockNetwork);
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('a team report asked for with a model configured', () => {
  it('answers with the template at once and replaces the card with the model narrative', async () => {
    const t = await createTestBot({ llm: createTestModel() });
    answerNextCompletion('今天团队整体推进顺利，请关注 Acme 的逾期跟进。');
    const reply = await t.say('manager', '团队日报');
    const shown = reply.cards[0]!;
    expect(cardText(shown)).toContain('共记录 0 次客户接触');
    await t.idle();
    const [push] = await takePushes(t.db, await personId(t.db, '王经理'), new Date());
    const updated = push!.cards[0]!;
    expect(updated.key).toBe(shown.key);
    expect(cardText(updated)).toContain('今天团队整体推进顺利');
    expect(updated.footer).toContain('qwen-plus');
    expect((await t.db.report.findFirstOrThrow({ where: { kind: 'team' } })).writtenBy).toBe('llm:qwen-plus');
  });
});
