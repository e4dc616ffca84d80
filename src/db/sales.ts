import type { SalesHistory } from '../domain/grading/summarize-sales.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import type { Db, Tx } from './client.ts';

const year = 365 * 24 * 60 * 60 * 1000;

/**
 * Records a sale (成交) and audits it. The audit entry is filed under the customer: a sale is part of
 * the customer's history, and the audit log's entity list has no sale of its own.
 */
export async function createSale(
  tx: Tx,
  input: { customerId: number; amountCents: number; occurredOn: Date; source: 'chat' | 'import' },
  provenance: Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'data'>,
): Promise<number> {
  const sale = await tx.sale.create({ data: { ...input, recordedBy: provenance.actorId } });
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'sale.recorded',
      entity: 'customer',
      entityId: input.customerId,
      data: { saleId: sale.id, amountCents: input.amountCents, occurredOn: input.occurredOn },
    },
  ]);
  return sale.id;
}

/** A customer's sales in the trailing 12 months, summed in JavaScript: the total may pass 32 bits. */
export async function sumTrailingSales(db: Db | Tx, customerId: number, now: Date): Promise<number> {
  const rows = await db.sale.findMany({
    where: { customerId, occurredOn: { gt: new Date(now.getTime() - year) } },
    select: { amountCents: true },
  });
  return rows.reduce((sum, row) => sum + row.amountCents, 0);
}

/**
 * Every customer's sales history for grading: the last two years of sales row by row, and the first
 * and last sale ever. Customers without a sale are absent.
 */
export async function loadSalesHistories(db: Db, now: Date): Promise<Map<number, SalesHistory>> {
  const [recent, spans] = await Promise.all([
    db.sale.findMany({
      where: { occurredOn: { gt: new Date(now.getTime() - 2 * year) } },
      select: { customerId: true, amountCents: true, occurredOn: true },
    }),
    db.sale.groupBy({ by: ['customerId'], _min: { occurredOn: true }, _max: { occurredOn: true } }),
  ]);
  const histories = new Map<number, SalesHistory>();
  for (const span of spans) {
    histories.set(span.customerId, {
      recent: [],
      firstSaleOn: span._min.occurredOn,
      lastSaleOn: span._max.occurredOn,
    });
  }
  for (const sale of recent) histories.get(sale.customerId)?.recent.push(sale);
  return histories;
}
