import { describe, expect, it } from 'vitest';
import { cardText, createTestBot, personId } from '../../helpers/bot.ts';

async function setup() {
  const t = await createTestBot();
  await t.db.team.create({ data: { name: '华南组' } });
  await t.db.team.create({ data: { name: 'South China' } });
  return t;
}

describe('admin: roles and teams in chat', () => {
  it('an admin makes a rep a manager; the change is stored and audited', async () => {
    const { db, say } = await setup();
    const answer = await say('admin', '设置角色 张伟 经理');
    expect(answer.cards[0]!.title).toBe('张伟 现在是经理。');
    const zhang = await db.person.findUniqueOrThrow({ where: { id: await personId(db, '张伟') } });
    expect(zhang.role).toBe('manager');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'person.role_changed' } });
    expect(audit.entityId).toBe(zhang.id);
    expect(JSON.parse(audit.data!)).toEqual({ before: 'rep', after: 'manager' });
    expect(audit.actorId).toBe(await personId(db, '管理员'));
  });

  it('reads English names with spaces and team names with spaces', async () => {
    const { db, say } = await setup();
    expect((await say('admin', 'set role Tom Chen service')).cards[0]!.title).toBe(
      "Tom Chen's role is now service.",
    );
    expect((await say('admin', 'set team Tom Chen South China')).cards[0]!.title).toBe(
      'Tom Chen is now in team South China.',
    );
    const tom = await db.person.findFirstOrThrow({ where: { name: 'Tom Chen' }, include: { team: true } });
    expect(tom.role).toBe('service');
    expect(tom.team?.name).toBe('South China');
  });

  it('moves a person to another team with 设置团队', async () => {
    const { db, say } = await setup();
    expect((await say('admin', '设置团队 李娜 华南组')).cards[0]!.title).toBe('李娜 已调到团队「华南组」。');
    const li = await db.person.findFirstOrThrow({ where: { name: '李娜' }, include: { team: true } });
    expect(li.team?.name).toBe('华南组');
  });

  it.each([
    ['设置角色 张三 经理', '找不到叫「张三」的人。'],
    ['设置角色 张伟 老板', '没有「老板」这个角色。可以设为：销售、经理、客服、管理员。'],
    ['设置团队 张伟 火星组', '没有名为「火星组」的团队。'],
    ['set role Nobody Here manager', 'Nobody is called "Nobody Here".'],
  ])('%s is refused with a specific message and changes nothing', async (command, message) => {
    const { db, say } = await setup();
    const before = await db.person.findMany({ orderBy: { id: 'asc' }, select: { role: true, teamId: true } });
    expect(cardText((await say('admin', command)).cards[0]!)).toContain(message);
    expect(
      await db.person.findMany({ orderBy: { id: 'asc' }, select: { role: true, teamId: true } }),
    ).toEqual(before);
    expect(await db.auditLog.count({ where: { entity: 'person' } })).toBe(0);
  });

  it('only an admin may change roles', async () => {
    const { db, say } = await setup();
    const refused = await say('manager', '设置角色 张伟 管理员');
    expect(refused.cards[0]!.title).toBe('只有管理员可以修改人员的角色和团队。');
    expect(refused.private).toBe(true);
    expect((await db.person.findFirstOrThrow({ where: { name: '张伟' } })).role).toBe('rep');
  });

  it('the last admin cannot demote themselves', async () => {
    const { db, say } = await setup();
    expect(cardText((await say('admin', '设置角色 管理员 销售')).cards[0]!)).toContain('唯一的管理员');
    expect((await db.person.findFirstOrThrow({ where: { name: '管理员' } })).role).toBe('admin');
  });
});
