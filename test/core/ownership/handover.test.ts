import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/db/client.ts';
import { cardText, createTestBot, fixedNow, personId } from '../../helpers/bot.ts';

/** A complaint on a customer, handled by `ownerName` (a rep may handle one when routing says so). */
async function complaintOn(db: Db, customer: string, ownerName: string) {
  const customerId = (await db.customer.findFirstOrThrow({ where: { name: customer } })).id;
  return db.complaint.create({
    data: {
      customerId,
      reporterId: await personId(db, ownerName),
      ownerId: await personId(db, ownerName),
      category: 'delivery',
      severity: 'high',
      description: '交付延期',
      ackDueAt: fixedNow,
      resolveDueAt: fixedNow,
    },
  });
}

async function pushText(db: Db, name: string): Promise<string> {
  const pushes = await db.push.findMany({
    where: { personId: await personId(db, name), kind: 'customers_received' },
  });
  return pushes.map((push) => push.cards).join('\n');
}

describe('handing over a departing rep’s customers', () => {
  it('moves every customer with its open follow-ups and complaints to one colleague, who gets the list', async () => {
    const { db, say } = await createTestBot();
    const zhang = await personId(db, '张伟');
    const li = await personId(db, '李娜');
    const owned = await db.customer.count({ where: { ownerId: zhang } });
    const followUps = await db.followUp.count({ where: { assigneeId: zhang, status: 'open' } });
    const complaint = await complaintOn(db, '华为技术有限公司', '张伟');

    const reply = await say('admin', '交接 张伟 给 李娜');

    expect(reply.cards[0]!.title).toBe(`已交接 张伟 的 ${owned} 家客户`);
    expect(await db.customer.count({ where: { ownerId: zhang } })).toBe(0);
    expect(await db.followUp.count({ where: { assigneeId: zhang, status: 'open' } })).toBe(0);
    expect(await db.followUp.count({ where: { assigneeId: li, status: 'open' } })).toBeGreaterThanOrEqual(
      followUps,
    );
    expect((await db.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).ownerId).toBe(li);
    expect(
      await db.complaintEvent.count({ where: { complaintId: complaint.id, action: 'reassigned' } }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'customer.handed_over' } })).toBe(owned);

    const push = await pushText(db, '李娜');
    expect(push).toContain(`你接手了 张伟 的 ${owned} 家客户`);
    expect(push).toContain('华为技术有限公司');
    expect(push).toContain('和张总聊了明年的采购计划');
    expect(push).toContain('交付延期');
    // 李娜 can now work on what she received.
    const visit = await say('li', '记录拜访 招商银行 李经理看了演示');
    expect(visit.cards[0]!.title).toBe('已记录拜访：招商银行股份有限公司');
  });

  it('spreads the customers by the assignment rules, the rest to the rep’s manager', async () => {
    const { db, say } = await createTestBot();
    await say('admin', '添加分配规则 地区=深圳 负责人=李娜');
    const reply = await say('admin', '交接 张伟 按规则');
    expect(reply.cards[0]!.title).toMatch(/（按分配规则）$/);
    const huawei = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    const haier = await db.customer.findFirstOrThrow({ where: { name: '海尔集团' } });
    expect(huawei.ownerId).toBe(await personId(db, '李娜'));
    expect(haier.ownerId).toBe(await personId(db, '王经理'));
    expect(await pushText(db, '李娜')).toContain('华为技术有限公司');
    expect(await pushText(db, '王经理')).toContain('海尔集团');
  });

  it('changes nothing when some customer has nowhere to go', async () => {
    const { db, say } = await createTestBot();
    const zhang = await personId(db, '张伟');
    await db.person.update({ where: { id: zhang }, data: { managerId: null } });
    const before = await db.customer.count({ where: { ownerId: zhang } });
    const reply = await say('admin', '交接 张伟 按规则');
    expect(cardText(reply.cards[0]!)).toContain('什么都没改');
    expect(await db.customer.count({ where: { ownerId: zhang } })).toBe(before);
    expect(await db.push.count()).toBe(0);
  });

  it('understands English and keeps it for admins', async () => {
    const { db, say } = await createTestBot();
    const refused = await say('manager', '交接 张伟 给 李娜');
    expect(cardText(refused.cards[0]!)).toContain('只有管理员');
    const tom = await db.person.findFirstOrThrow({ where: { name: 'Tom Chen' } });
    const amy = await db.person.create({
      data: { name: 'Amy Wu', role: 'rep', teamId: tom.teamId, locale: 'en' },
    });
    const owned = await db.customer.count({ where: { ownerId: tom.id } });
    const reply = await say('admin', 'hand over Tom Chen to Amy Wu');
    expect(reply.cards[0]!.title).toBe(`Handed over Tom Chen's ${owned} customers`);
    expect(await db.customer.count({ where: { ownerId: amy.id } })).toBe(owned);
    const push = await db.push.findFirstOrThrow({ where: { personId: amy.id } });
    expect(push.cards).toContain(`You now own ${owned} of Tom Chen's customers`);
  });

  it('assigns one customer nobody owns', async () => {
    const { db, say } = await createTestBot();
    const reply = await say('admin', '分配 苏州汇川技术有限公司 给 李娜');
    expect(reply.cards[0]!.title).toBe('已将「苏州汇川技术有限公司」分配给 李娜');
    const customer = await db.customer.findFirstOrThrow({ where: { name: '苏州汇川技术有限公司' } });
    expect(customer.ownerId).toBe(await personId(db, '李娜'));
  });
});
