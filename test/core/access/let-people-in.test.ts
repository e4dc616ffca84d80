import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { createBot } from '../../../src/core/handle-event.ts';
import type { Sender } from '../../../src/core/types.ts';
import { addAutoAdmit } from '../../../src/db/auto-admit.ts';
import type { Db } from '../../../src/db/client.ts';
import { makeAdmin } from '../../../src/db/make-admin.ts';
import { button, cardText, createTestBot, fixedNow, personId, timeZone } from '../../helpers/bot.ts';

const stranger: Sender = { platform: 'slack', externalId: 'U0NEW', displayName: '陈新' };

async function pushedCards(db: Db, kind: string, to?: number): Promise<Card[]> {
  const rows = await db.push.findMany({
    where: { kind, ...(to === undefined ? {} : { personId: to }) },
    orderBy: { id: 'asc' },
  });
  return rows.flatMap((row) => JSON.parse(row.cards) as Card[]);
}

async function strangerRow(db: Db) {
  return db.person.findFirstOrThrow({
    where: { identities: { some: { platform: 'slack', externalId: 'U0NEW' } } },
    include: { team: true },
  });
}

describe('someone the CRM does not know', () => {
  it('is not let in: nothing they ask is done, and each admin gets one request card', async () => {
    const { db, say } = await createTestBot();
    const customersBefore = await db.customer.count();
    const claimed = await say(stranger, '领取 苏州汇川技术有限公司');
    const created = await say(stranger, '新增客户 深圳市大疆创新科技有限公司');
    for (const answer of [claimed, created]) {
      expect(answer.refused).toBe(true);
      expect(answer.cards[0]!.title).toBe('你还不是 chatcrm 的成员，已请管理员为你开通');
    }
    expect((await say(stranger, 'hello, I am the new rep in Shenzhen')).cards[0]!.title).toBe(
      'You are not set up in chatcrm yet: I have asked an admin to let you in',
    );
    expect(await db.poolClaim.count()).toBe(0);
    expect(await db.customer.count()).toBe(customersBefore);
    expect((await strangerRow(db)).role).toBe('pending');
    const cards = await pushedCards(db, 'access_request');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.title).toBe('新同事申请使用 chatcrm：陈新');
    expect(cardText(cards[0]!)).toContain('账号: slack:U0NEW');
    expect(cardText(cards[0]!)).toContain('第一条消息: 领取 苏州汇川技术有限公司');
    expect(cards[0]!.buttons.map((b) => b.label)).toEqual(['批准为销售', '批准为客服', '批准为经理', '拒绝']);
  });

  it('is let in by an admin from the card: the card says who and when, the person is told and can work', async () => {
    const { db, say, press } = await createTestBot();
    await say(stranger, '你好');
    const admin = await personId(db, '管理员');
    const [card] = await pushedCards(db, 'access_request', admin);
    const approve = card!.buttons.find((b) => b.label === '批准为销售')!;
    const decided = await press('admin', approve);
    expect(decided.replaceOriginal).toBe(true);
    expect(decided.cards[0]!.buttons).toEqual([]);
    expect(decided.cards[0]!.footer).toMatch(/^管理员 于 11月23日周一 10:00 批准为销售$/);
    const person = await strangerRow(db);
    expect(person.role).toBe('rep');
    expect(person.team?.name).toBe('Sales');
    const [told] = await pushedCards(db, 'access_decided', person.id);
    expect(told!.title).toBe('管理员 已为你开通 chatcrm，角色：销售');
    expect(
      await db.auditLog.count({ where: { action: 'person.admitted', entityId: person.id, actorId: admin } }),
    ).toBe(1);
    expect((await say(stranger, '领取 苏州汇川技术有限公司')).cards[0]!.title).toBe(
      '已领取：苏州汇川技术有限公司',
    );
  });

  it('refuses a press by a non-admin and a second press, and a declined person stays out', async () => {
    const { db, say, press } = await createTestBot();
    await say(stranger, '你好');
    const [card] = await pushedCards(db, 'access_request');
    const approve = button(card, 'access.approve');
    const byRep = await press('zhang', approve);
    expect(byRep.refused).toBe(true);
    expect(byRep.cards[0]!.title).toContain('只有管理员');
    expect((await press('admin', button(card, 'access.decline'))).cards[0]!.footer).toContain('拒绝了');
    const again = await press('admin', approve);
    expect(again.refused).toBe(true);
    expect(again.cards[0]!.title).toBe('这个申请已经处理过了：管理员 于 11月23日周一 10:00 拒绝了「陈新」。');
    expect((await strangerRow(db)).role).toBe('declined');
    expect((await say(stranger, '领取 苏州汇川技术有限公司')).cards[0]!.title).toBe(
      '管理员没有为你开通 chatcrm',
    );
    expect(await pushedCards(db, 'access_request')).toHaveLength(1);
    expect(await db.poolClaim.count()).toBe(0);
  });

  it("once an admin puts them in a team, that team's manager gets a card too and may approve a rep", async () => {
    const { db, say, press } = await createTestBot();
    await say(stranger, '你好');
    const team = (await db.team.findFirstOrThrow({ where: { name: { not: 'Sales' } } })).name;
    expect((await say('admin', `设置团队 陈新=${team}`)).cards[0]!.title).toContain('已调到团队');
    await say(stranger, '还在等');
    const manager = await personId(db, '王经理');
    const [card] = await pushedCards(db, 'access_request', manager);
    const asManager = await press('manager', card!.buttons.find((b) => b.label === '批准为经理')!);
    expect(asManager.cards[0]!.title).toContain('只有管理员');
    await press('manager', card!.buttons.find((b) => b.label === '批准为销售')!);
    expect(await strangerRow(db)).toMatchObject({ role: 'rep', managerId: manager, team: { name: team } });
    const [updated] = await pushedCards(db, 'access_request', await personId(db, '管理员')).then((cards) =>
      cards.slice(1),
    );
    expect(updated!.key).toBe(`access_request:${(await strangerRow(db)).id}:${await personId(db, '管理员')}`);
    expect(updated!.footer).toContain('王经理 于 11月23日周一 10:00 批准为销售');
  });

  it('taking a colleague’s name is shown apart, and 分配 … 给 张伟 asks which 张伟', async () => {
    const { db, say, press } = await createTestBot();
    const namesake: Sender = { platform: 'slack', externalId: 'U0ABC', displayName: '张伟' };
    await say(namesake, '你好');
    const [card] = await pushedCards(db, 'access_request');
    expect(card!.title).toBe('新同事申请使用 chatcrm：张伟 (slack:U0ABC)');
    expect(cardText(card!)).toContain('已有同名同事：张伟');
    await press('admin', button(card, 'access.approve'));

    const asked = await say('admin', '分配 苏州汇川技术有限公司 给 张伟');
    expect(asked.cards[0]!.title).toBe('请确认是哪位同事');
    expect(asked.cards[0]!.buttons.map((b) => b.label)).toEqual([
      '张伟 (华东销售 East China Sales)',
      '张伟 (slack:U0ABC)',
      '取消',
    ]);
    expect(await db.customer.count({ where: { ownerId: null } })).toBe(3);
    const chosen = await press('admin', button(asked.cards[0], 'pending.choose_person', 0));
    expect(chosen.cards[0]!.title).toBe('已将「苏州汇川技术有限公司」分配给 张伟');
    const zhang = await personId(db, '张伟');
    expect((await db.customer.findFirstOrThrow({ where: { name: '苏州汇川技术有限公司' } })).ownerId).toBe(
      zhang,
    );

    const direct = await say('admin', '分配 南京南瑞继保电气有限公司 给 张伟 (slack:U0ABC)');
    expect(direct.cards[0]!.title).toBe('已将「南京南瑞继保电气有限公司」分配给 张伟 (slack:U0ABC)');
  });

  it('cannot pass for the admin by calling itself 管理员', async () => {
    const { db, say } = await createTestBot();
    await say(
      { platform: 'feishu', externalId: 'ou_fake', displayName: '管理员' },
      '分配 苏州汇川技术有限公司 给 张伟',
    );
    const fake = await db.person.findFirstOrThrow({
      where: { identities: { some: { externalId: 'ou_fake' } } },
    });
    expect(fake).toMatchObject({ name: '管理员 (feishu:ou_fake)', role: 'pending' });
    expect(await db.customer.count({ where: { ownerId: null } })).toBe(3);
  });
});

describe('admission without a card', () => {
  it('makes ADMIN_USERS admins on first contact', async () => {
    const { db, say } = await createTestBot({ adminUsers: [{ platform: 'slack', externalId: 'UBOSS' }] });
    const answer = await say({ platform: 'slack', externalId: 'UBOSS', displayName: 'Boss' }, '帮助');
    expect(answer.cards[0]!.title).toBe('chatcrm 能做什么');
    expect((await db.person.findFirstOrThrow({ where: { name: 'Boss' } })).role).toBe('admin');
    expect(
      await db.auditLog.count({ where: { action: 'person.admitted', data: { contains: 'ADMIN_USERS' } } }),
    ).toBe(1);
  });

  it('makes a waiting person listed in ADMIN_USERS an admin at start; an account never seen is left for its first message', async () => {
    const { db, say } = await createTestBot();
    await say(stranger, '你好');
    const at = { create: false, source: 'ADMIN_USERS', now: new Date() };
    expect(await makeAdmin(db, { platform: 'slack', externalId: 'U0NEW' }, at)).toBe('promoted');
    expect(await makeAdmin(db, { platform: 'slack', externalId: 'U0NEVER' }, at)).toBe('unknown');
    expect(await makeAdmin(db, { platform: 'slack', externalId: 'U0NEW' }, at)).toBe('already');
    expect((await strangerRow(db)).role).toBe('admin');
    expect((await say(stranger, '管理命令')).refused).toBeUndefined();
  });

  it('makes a waiting person an admin at their next message once ADMIN_USERS lists them', async () => {
    const { db, say } = await createTestBot();
    await say(stranger, '你好');
    const listed = createBot({
      db,
      logger: pino({ level: 'silent' }),
      now: () => fixedNow,
      timeZone,
      adminUsers: [{ platform: 'slack', externalId: 'U0NEW' }],
    });
    const answer = await listed.handle({
      kind: 'message',
      eventId: 'e1',
      sender: stranger,
      chat: { id: 'c', kind: 'direct' },
      text: '管理命令',
    });
    expect(answer.refused).toBeUndefined();
    expect((await strangerRow(db)).role).toBe('admin');
  });

  it('lets accounts listed in access.auto_admit in as reps', async () => {
    const { db, say } = await createTestBot();
    await addAutoAdmit(db, [{ platform: 'feishu', externalId: 'ou_rep' }], null);
    const answer = await say(
      { platform: 'feishu', externalId: 'ou_rep', displayName: '刘洋' },
      '领取 苏州汇川技术有限公司',
    );
    expect(answer.cards[0]!.title).toBe('已领取：苏州汇川技术有限公司');
    expect(await pushedCards(db, 'access_request')).toHaveLength(0);
  });

  it('tells a newcomer on a workspace without admins how the first admin is made', async () => {
    const { say } = await createTestBot({ seed: false });
    const answer = await say({ platform: 'slack', externalId: 'U0FIRST' }, 'hello');
    expect(answer.cards[0]!.title).toBe('chatcrm has no admin yet, so nobody can let you in');
    expect(cardText(answer.cards[0]!)).toContain('npm run -s crm -- admin add slack:U0FIRST');
  });
});
