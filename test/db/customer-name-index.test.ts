import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.ts';
import { customerNameIndex } from '../../src/db/customer-name-index.ts';
import { insertRows } from '../../src/db/import-insert-rows.ts';
import { toScanText } from '../../src/domain/customers/customer-name-forms.ts';
import { createTestDb } from '../helpers/db.ts';

const open: Db[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.$disconnect()));
});

async function twoProcesses(): Promise<[Db, Db]> {
  const { db, url } = await createTestDb();
  const other = await createDb(url);
  open.push(db, other);
  return [db, other];
}

async function idsNamed(db: Db, text: string): Promise<number[]> {
  const index = await customerNameIndex(db);
  return [...new Set(index.scan(toScanText(text)).map((hit) => hit.customerId))];
}

describe('the customer-name index of each process', () => {
  it('sees customers another process creates, renames, aliases and deletes', async () => {
    const [service, other] = await twoProcesses();
    const midea = await other.customer.create({
      data: { name: '美的集团股份有限公司', normalizedName: '美的' },
    });
    expect(await idsNamed(service, '去了美的集团')).toEqual([midea.id]);

    await other.customer.update({ where: { id: midea.id }, data: { name: '美的电器股份有限公司' } });
    await other.customerAlias.create({
      data: { customerId: midea.id, alias: 'Midea', normalizedAlias: 'midea' },
    });
    expect(await idsNamed(service, '去了美的电器')).toEqual([midea.id]);
    expect(await idsNamed(service, 'met Midea')).toEqual([midea.id]);

    await other.customer.delete({ where: { id: midea.id } });
    expect(await idsNamed(service, '去了美的电器，met Midea')).toEqual([]);
  });

  it('sees rows written by raw SQL, as a bulk import writes them', async () => {
    const [service, other] = await twoProcesses();
    expect(await idsNamed(service, '和比亚迪开会')).toEqual([]);
    await other.$transaction((tx) =>
      insertRows(tx, 'Customer', [
        {
          name: '比亚迪股份有限公司',
          normalizedName: '比亚迪',
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      ]),
    );
    expect(await idsNamed(service, '和比亚迪开会')).toHaveLength(1);
  });
});
