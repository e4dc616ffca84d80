import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.ts';
import { normalizeName } from '../../src/domain/customers/normalize-name.ts';
import { button, cardText, createTestBot, fixedNow, personId } from '../helpers/bot.ts';

async function addCustomer(db: Db, name: string, owner: string | null, extra: { phone?: string } = {}) {
  const customer = await db.customer.create({
    data: {
      name,
      normalizedName: normalizeName(name),
      ownerId: owner ? await personId(db, owner) : null,
    },
  });
  if (extra.phone) {
    await db.contact.create({
      data: {
        customerId: customer.id,
        name: '前台',
        phone: extra.phone,
        normalizedPhone: extra.phone.replace(/\D/g, ''),
      },
    });
  }
  return customer;
}

/** A copy of ACME with a history of its own: contact, visit, follow-up, complaint, sale, alias, collaborator. */
async function addAcmeDuplicate(db: Db) {
  const li = await personId(db, '李娜');
  const tom = await personId(db, 'Tom Chen');
  const acme = await db.customer.create({
    data: {
      name: 'ACME Corporation',
      normalizedName: normalizeName('ACME Corporation'),
      ownerId: li,
      region: 'Oakland',
      size: '500+',
      lastContactAt: new Date('2026-11-22T02:00:00Z'),
      aliases: { create: { alias: 'Acme West', normalizedAlias: normalizeName('Acme West') } },
      collaborators: { create: { personId: await personId(db, '王经理') } },
      contacts: { create: { name: 'Wile E.', title: 'Buyer', phone: '+1 415 555 0177' } },
      sales: {
        create: { amountCents: 500_000, occurredOn: new Date('2026-10-01T00:00:00Z'), source: 'import' },
      },
    },
  });
  const visit = await db.visit.create({
    data: {
      customerId: acme.id,
      authorId: li,
      occurredAt: new Date('2026-11-22T02:00:00Z'),
      summary: 'Demo of rockets',
      originalText: 'Demo of rockets',
    },
  });
  await db.followUp.create({
    data: {
      customerId: acme.id,
      assigneeId: li,
      visitId: visit.id,
      title: 'Send rocket quote',
      dueAt: fixedNow,
    },
  });
  await db.complaint.create({
    data: {
      customerId: acme.id,
      reporterId: tom,
      category: 'quality',
      severity: 'high',
      description: 'Rocket skates failed',
      ackDueAt: fixedNow,
      resolveDueAt: fixedNow,
    },
  });
  return acme;
}

/** Every row a merge touches, by table, as it stands: to prove an undo puts all of it back. */
async function snapshot(db: Db, customerIds: number[]) {
  const where = { customerId: { in: customerIds } };
  const orderBy = { id: 'asc' } as const;
  return {
    customers: await db.customer.findMany({ where: { id: { in: customerIds } }, orderBy }),
    aliases: await db.customerAlias.findMany({ where, orderBy }),
    collaborators: await db.customerCollaborator.findMany({
      where,
      orderBy: [{ customerId: 'asc' }, { personId: 'asc' }],
    }),
    contacts: await db.contact.findMany({ where, orderBy }),
    visits: await db.visit.findMany({ where, orderBy }),
    followUps: await db.followUp.findMany({ where, orderBy }),
    complaints: await db.complaint.findMany({ where, orderBy }),
    sales: await db.sale.findMany({ where, orderBy }),
  };
}

describe('duplicate customers', () => {
  it('lists likely duplicates for an admin, by name, contact phone and close spelling, each with Merge', async () => {
    const { db, say } = await createTestBot();
    const dji = await addCustomer(db, '大疆创新科技有限公司', '李娜');
    const globex = await addCustomer(db, 'Globex Intl Trading', null, { phone: '+1 217 555 0199' });
    const initech = await addCustomer(db, 'Inittech', null);
    await addCustomer(db, '青岛啤酒股份有限公司', null);
    await addCustomer(db, '重庆啤酒股份有限公司', null);

    const reply = await say('admin', '查重');
    const card = reply.cards[0]!;
    const text = cardText(card);
    expect(card.title).toBe('疑似重复客户：3 对');
    expect(text).toContain(`#${dji.id} 大疆创新科技有限公司 (李娜) ⇄`);
    expect(text).toContain('深圳市大疆创新科技有限公司 (张伟)');
    expect(text).toContain('名称相同');
    expect(text).toContain(`#${globex.id} Globex Intl Trading`);
    expect(text).toContain('联系人电话相同（+1 217 555 0199）');
    expect(text).toContain(`#${initech.id} Inittech`);
    expect(text).toMatch(/名称相近（\d+%）/);
    // Same key 啤酒, different cities: two breweries, not one.
    expect(text).not.toContain('啤酒');
    expect(card.buttons.map((b) => b.action)).toEqual(['customer.merge', 'customer.merge', 'customer.merge']);

    const english = await say('admin', 'find duplicates');
    expect(english.cards[0]!.title).toBe('Likely duplicate customers: 3 pairs');
  });

  it('is for admins only', async () => {
    const { say, press } = await createTestBot();
    expect(cardText((await say('manager', '查重')).cards[0]!)).toContain('只有管理员可以查重');
    const merge = await press('zhang', { action: 'customer.merge', payload: { keepId: 1, removeId: 2 } });
    expect(merge.cards[0]!.title).toBe('只有管理员可以合并客户。');
  });

  it('merges all history into the kept customer, the merged name becoming an alias, and undoes it exactly', async () => {
    const { db, say, press } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    const removed = await addAcmeDuplicate(db);
    for (const summary of ['Quote sent', 'Contract review']) {
      await db.visit.create({
        data: {
          customerId: kept.id,
          authorId: await personId(db, 'Tom Chen'),
          occurredAt: new Date('2026-11-20T02:00:00Z'),
          summary,
          originalText: summary,
        },
      });
    }
    const before = await snapshot(db, [kept.id, removed.id]);

    const list = await say('admin', '查重');
    const mergeButton = button(list.cards[0], 'customer.merge');
    // Acme Corp has more history (contacts, visits, follow-ups), so it is the one kept.
    expect(mergeButton.payload).toEqual({ keepId: kept.id, removeId: removed.id });
    const merged = await press('admin', mergeButton);
    expect(merged.cards[0]!.title).toBe('已合并：ACME Corporation → Acme Corp');
    expect(cardText(merged.cards[0]!)).toContain('转入 1 个联系人、1 条拜访、1 条跟进、1 条客诉、1 条成交');

    expect(await db.customer.findUnique({ where: { id: removed.id } })).toBeNull();
    const after = await db.customer.findUniqueOrThrow({
      where: { id: kept.id },
      include: {
        aliases: true,
        contacts: true,
        visits: true,
        followUps: true,
        complaints: true,
        sales: true,
        collaborators: true,
      },
    });
    expect(after.aliases.map((alias) => alias.alias)).toEqual(
      expect.arrayContaining(['ACME Corporation', 'Acme West']),
    );
    expect(after.contacts.map((contact) => contact.name)).toEqual(
      expect.arrayContaining(['Zhang', 'Sarah', 'Wile E.']),
    );
    expect(after.visits.map((visit) => visit.summary)).toContain('Demo of rockets');
    expect(after.followUps.map((followUp) => followUp.title)).toContain('Send rocket quote');
    expect(after.complaints.map((complaint) => complaint.description)).toContain('Rocket skates failed');
    expect(after.sales.map((sale) => sale.amountCents)).toEqual([500_000]);
    // The removed customer's owner and collaborator keep seeing it; empty fields were filled.
    expect(after.collaborators.map((c) => c.personId).sort()).toEqual(
      [await personId(db, '李娜'), await personId(db, '王经理')].sort(),
    );
    expect(after.size).toBe('500+');
    expect(after.region).toBe('San Francisco');
    expect((await say('tom', 'find ACME Corporation')).cards[0]!.title).toBe('Acme Corp');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'customer.merged' } });
    expect(entry.entityId).toBe(kept.id);

    const undone = await press('admin', button(merged.cards[0], 'customer.undo_merge'));
    expect(undone.cards[0]!.title).toBe('已撤销合并：ACME Corporation 已恢复');
    const restored = await snapshot(db, [kept.id, removed.id]);
    const withoutUpdatedAt = (rows: { updatedAt: Date }[]) => rows.map(({ updatedAt: _, ...row }) => row);
    expect(withoutUpdatedAt(restored.customers)).toEqual(withoutUpdatedAt(before.customers));
    expect({ ...restored, customers: [] }).toEqual({ ...before, customers: [] });

    const again = await say('admin', `撤销合并 ${entry.id}`);
    expect(again.cards[0]!.title).toBe('这次合并已经撤销过了。');
    // An admin said they are two customers: they are not suggested again.
    expect(cardText((await say('admin', '查重')).cards[0]!)).not.toContain('ACME Corporation');
  });

  it('merges by typed command and refuses a customer that is gone', async () => {
    const { db, say } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: '华为技术有限公司' } });
    const copy = await addCustomer(db, '華為技術', null);
    const merged = await say('admin', `合并客户 ${copy.id} 到 ${kept.id}`);
    expect(merged.cards[0]!.title).toBe('已合并：華為技術 → 华为技术有限公司');
    const twice = await say('admin', `merge ${copy.id} into ${kept.id}`);
    expect(twice.cards[0]!.title).toBe(
      `Customer #${copy.id} does not exist (it may have been merged already).`,
    );
  });
});

describe('merging a flagged customer (不良客户)', () => {
  const flag = (db: Db, id: number, badReason: string, flaggedAt: Date) =>
    db.customer.update({ where: { id }, data: { status: 'bad', badReason, flaggedAt } });
  const flagOf = (db: Db, id: number) =>
    db.customer.findUniqueOrThrow({
      where: { id },
      select: { status: true, badReason: true, flaggedAt: true },
    });
  const flaggedAt = new Date('2026-06-01T00:00:00Z');

  it('the kept customer takes the flag it lacked, the card says so, and undo lifts it again', async () => {
    const { db, say, press } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    const removed = await addAcmeDuplicate(db);
    await flag(db, removed.id, 'arrears: 长期拖欠货款', flaggedAt);
    const before = await flagOf(db, kept.id);

    const merged = await press('admin', {
      action: 'customer.merge',
      payload: { keepId: kept.id, removeId: removed.id },
    });
    expect(cardText(merged.cards[0]!)).toContain(
      '「Acme Corp」沿用「ACME Corporation」的标记：⚠️ 不良客户（欠款）：长期拖欠货款',
    );
    expect(await flagOf(db, kept.id)).toEqual({
      status: 'bad',
      badReason: 'arrears: 长期拖欠货款',
      flaggedAt,
    });
    expect(cardText((await say('tom', 'find Acme Corp')).cards[0]!)).toContain('⚠️ Bad customer (arrears)');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'customer.merged' } });
    expect(JSON.parse(entry.data!).filled).toEqual(
      expect.arrayContaining([
        { field: 'status', before: before.status, after: 'bad' },
        { field: 'badReason', before: null, after: 'arrears: 长期拖欠货款' },
        { field: 'flaggedAt', before: null, after: flaggedAt.toISOString() },
      ]),
    );

    await press('admin', button(merged.cards[0], 'customer.undo_merge'));
    expect(await flagOf(db, kept.id)).toEqual(before);
    expect(await flagOf(db, removed.id)).toEqual({
      status: 'bad',
      badReason: 'arrears: 长期拖欠货款',
      flaggedAt,
    });
  });

  it('a kept customer flagged already keeps its own flag, through the merge and its undo', async () => {
    const { db, press } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    const removed = await addAcmeDuplicate(db);
    await flag(db, kept.id, 'manual: 多次违约', flaggedAt);
    await flag(db, removed.id, 'arrears', fixedNow);
    const own = await flagOf(db, kept.id);

    const merged = await press('admin', {
      action: 'customer.merge',
      payload: { keepId: kept.id, removeId: removed.id },
    });
    expect(cardText(merged.cards[0]!)).not.toContain('沿用');
    expect(await flagOf(db, kept.id)).toEqual(own);
    await press('admin', button(merged.cards[0], 'customer.undo_merge'));
    expect(await flagOf(db, kept.id)).toEqual(own);
    expect((await flagOf(db, removed.id)).badReason).toBe('arrears');
  });

  it('neither flagged: the merge records no flag change', async () => {
    const { db, press } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    const removed = await addAcmeDuplicate(db);
    await press('admin', { action: 'customer.merge', payload: { keepId: kept.id, removeId: removed.id } });
    expect((await flagOf(db, kept.id)).status).toBe('active');
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'customer.merged' } });
    const fields = (JSON.parse(entry.data!).filled as { field: string }[]).map((change) => change.field);
    expect(fields).not.toContain('status');
    expect(fields).not.toContain('badReason');
  });

  it('a flag someone changed after the merge is theirs: undo leaves it', async () => {
    const { db, say, press } = await createTestBot();
    const kept = await db.customer.findFirstOrThrow({ where: { name: 'Acme Corp' } });
    const removed = await addAcmeDuplicate(db);
    await flag(db, removed.id, 'no_business', flaggedAt);
    const merged = await press('admin', {
      action: 'customer.merge',
      payload: { keepId: kept.id, removeId: removed.id },
    });
    // Lifted and flagged again by hand after the merge, for a reason of its own.
    expect(cardText((await say('admin', '取消不良 Acme Corp')).cards[0]!)).not.toContain('⚠️');
    expect((await flagOf(db, kept.id)).status).toBe('active');
    const reflagged = await say('admin', '标记不良 Acme Corp 长期欠款不还');
    expect(cardText(reflagged.cards[0]!)).toContain('不良客户');
    const theirs = await flagOf(db, kept.id);
    expect(theirs).toMatchObject({
      status: 'bad',
      badReason: expect.stringContaining('长期欠款不还'),
      flaggedAt: fixedNow,
    });

    await press('admin', button(merged.cards[0], 'customer.undo_merge'));
    expect(await flagOf(db, kept.id)).toEqual(theirs);
  });
});
