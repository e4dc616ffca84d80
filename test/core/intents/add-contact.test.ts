import { describe, expect, it } from 'vitest';
import { importCustomers } from '../../../src/import/import-customers.ts';
import { createTestBot, fixedNow } from '../../helpers/bot.ts';
import { actorNamed, csvFile } from '../../import/import-helpers.ts';

describe('adding a contact in chat', () => {
  it('stores the phone and email matching keys, so an import finds the customer by them', async () => {
    const { db, say } = await createTestBot();
    const added = await say('admin', '添加联系人 海尔集团 王主任 +86 138-0013-8009 WANG@Haier.Example');
    expect(added.cards[0]!.title).toBe('已添加联系人：王主任（海尔集团）');
    const contact = () => db.contact.findFirstOrThrow({ where: { name: '王主任' } });
    expect(await contact()).toMatchObject({
      phone: '+86 138-0013-8009',
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
});
