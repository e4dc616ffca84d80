import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';

describe('collaborators', () => {
  it('lets a colleague the owner adds see and work on the customer', async () => {
    const { db, say } = await createTestBot();
    expect(cardText((await say('zhang', '查一下 台積電')).cards[0]!)).toContain('由 李娜 负责');
    const added = await say('li', '添加协作人 台積電 张伟');
    expect(added.cards[0]!.title).toBe('已添加协作人：张伟（台積電股份有限公司）');
    const profile = cardText((await say('zhang', '查一下 台積電')).cards[0]!);
    expect(profile).toContain('陳經理');
    expect(profile).toContain('协作人: 张伟');
    const visit = await say('zhang', '记录拜访 台積電 陳經理确认了报价');
    expect(visit.cards[0]!.title).toBe('已记录拜访：台積電股份有限公司');
    const push = await db.push.findFirstOrThrow({
      where: { personId: await personId(db, '张伟'), kind: 'collaborator_added' },
    });
    expect(push.cards).toContain('李娜 把你加为「台積電股份有限公司」的协作人');
  });

  it('lets an admin add one in English, with names that have spaces', async () => {
    const { say } = await createTestBot();
    await say('admin', 'add collaborator 华为终端 Tom Chen');
    const profile = await say('tom', 'find 华为终端');
    expect(profile.cards[0]!.title).toBe('华为终端有限公司');
  });

  it('stops seeing the customer once removed', async () => {
    const { say } = await createTestBot();
    await say('li', '添加协作人 台積電 张伟');
    await say('li', '移除协作人 台積電 张伟');
    expect(cardText((await say('zhang', '查一下 台積電')).cards[0]!)).toContain('由 李娜 负责');
  });

  it('does not let someone other than the owner or an admin add collaborators', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('zhang', '添加协作人 华为技术 Tom Chen');
    expect(reply.cards[0]!.title).toBe('已添加协作人：Tom Chen（华为技术有限公司）');
    const refused = await say('tom', 'add collaborator Huawei 李娜');
    expect(cardText(refused.cards[0]!)).toContain('只有「华为技术有限公司」的负责人或管理员可以设置协作人');
    expect(await db.customerCollaborator.count()).toBe(1);
  });
});
