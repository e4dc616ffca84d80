import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../../src/db/settings.ts';
import { importCustomers } from '../../../src/import/import-customers.ts';
import { cardText, createTestBot, fixedNow, personId } from '../../helpers/bot.ts';
import { actorNamed, csvFile } from '../../import/import-helpers.ts';

describe('adding a contact in chat', () => {
  it('stores the phone and email matching keys, so an import finds the customer by them', async () => {
    const { db, say } = await createTestBot();
    const added = await say('admin', '添加联系人 海尔集团 王主任 +86 138-0013-8009 WANG@Haier.Example');
    expect(added.cards[0]!.title).toBe('已添加联系人：王主任（海尔集团）');
    const contact = () => db.contact.findFirstOrThrow({ where: { name: '王主任' } });
    expect(await contact()).toMatchObject({
      phone: '+8613800138009',
      normalizedPhone: '+8613800138009',
      normalizedEmail: 'wang@haier.example',
    });

    await say('admin', '添加联系人 海尔集团 王主任 电话=0532-8888 8888');
    expect(await contact()).toMatchObject({
      normalizedPhone: '+8653288888888',
      normalizedEmail: 'wang@haier.example',
    });

    const file = csvFile('haier.csv', ['Name,Contact,Phone', 'Haier Group Qingdao,Wang,0532 88888888']);
    const report = await importCustomers(db, await actorNamed(db, '管理员'), file, {
      commit: false,
      now: fixedNow,
    });
    expect(report.rows[0]).toMatchObject({ customer: '海尔集团', matchedBy: 'phone' });
  });

  it('reads a phone in the workspace region and stores it in E.164', async () => {
    const { db, say } = await createTestBot();
    await writeSetting(db, 'phone.region', 'US', await personId(db, '管理员'));
    const added = await say('admin', '添加联系人 海尔集团 Sarah Lee 电话=(415) 555-0101');
    expect(cardText(added.cards[0]!)).toContain('(415) 555-0101');
    expect(await db.contact.findFirstOrThrow({ where: { name: 'Sarah Lee' } })).toMatchObject({
      phone: '+14155550101',
      normalizedPhone: '+14155550101',
    });
  });

  it('says what is wrong with a phone, naming the region it was read in', async () => {
    const { db, say } = await createTestBot();
    const short = await say('admin', '添加联系人 海尔集团 Sarah Lee 电话=12345');
    expect(cardText(short.cards[0]!)).toContain('电话「12345」位数不够');
    expect(cardText(short.cards[0]!)).toContain('按本工作区的地区 中国 (CN) 读取');
    const local = await say('admin', '添加联系人 海尔集团 Sarah Lee 电话=555-0101');
    expect(cardText(local.cards[0]!)).toContain('电话「555-0101」不是中国 (CN)的有效号码');
    await writeSetting(db, 'phone.region', 'US', await personId(db, '管理员'));
    const wrong = await say('admin', '添加联系人 海尔集团 Sarah Lee 电话=(415) 155-0101');
    expect(cardText(wrong.cards[0]!)).toContain('不是美国 (US)的有效号码');
    expect(await db.contact.count({ where: { name: 'Sarah Lee' } })).toBe(0);
  });
});
