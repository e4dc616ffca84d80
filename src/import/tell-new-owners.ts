import { customersReceivedCard } from '../../cards/customers-received.ts';
import type { Tx } from '../db/client.ts';
import { recordPush } from '../db/pushes.ts';
import type { ImportPlan } from '../domain/import/plan-import.ts';
import type { Actor } from '../domain/people.ts';
import { readLocale } from '../domain/people.ts';

/**
 * Each person the assignment rules gave imported customers hears which, as after 新增客户. Inside the
 * import's transaction, so a failed import tells nobody; keyed by the import's audit entry.
 */
export async function tellNewOwners(
  tx: Tx,
  plan: ImportPlan,
  context: { actor: Actor; auditId: number; timeZone: string; now: Date },
): Promise<void> {
  const byOwner = new Map<number, string[]>();
  for (const { ownerId, customer } of plan.assignedByRules) {
    byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), customer]);
  }
  const owners = await tx.person.findMany({
    where: { id: { in: [...byOwner.keys()] } },
    select: { id: true, locale: true },
  });
  for (const owner of owners) {
    await recordPush(
      tx,
      {
        key: `customers_received:import:${context.auditId}:${owner.id}`,
        personId: owner.id,
        kind: 'customers_received',
        cards: [
          customersReceivedCard({
            locale: readLocale(owner.locale),
            timeZone: context.timeZone,
            from: null,
            by: context.actor.name,
            customers: byOwner.get(owner.id)!.map((name) => ({ name })),
            followUps: [],
            complaints: [],
          }),
        ],
      },
      context.now,
    );
  }
}
