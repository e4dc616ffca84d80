import { customersReceivedCard } from '../../../cards/customers-received.ts';
import type { Tx } from '../../db/client.ts';
import { recordPush } from '../../db/pushes.ts';
import { type TransferredCustomers, transferCustomers } from '../../db/transfer-customers.ts';
import type { Actor } from '../../domain/people.ts';
import type { Ctx } from '../context.ts';
import { provenanceOf } from '../draft.ts';

/**
 * Moves customers to a new owner inside the caller's transaction and queues the push that tells them
 * what they received (customers, open follow-ups, open complaints). Nobody is told about what they did
 * themselves.
 */
export async function giveCustomers(
  ctx: Ctx,
  tx: Tx,
  move: {
    customerIds: number[];
    fromId: number | null;
    /** Named in the push as where they came from: the departing colleague of a handover. */
    fromName: string | null;
    to: Actor;
    action: 'customer.handed_over' | 'customer.assigned';
    source: string;
    confirmedBy?: number | null;
  },
): Promise<TransferredCustomers> {
  const now = ctx.now();
  const moved = await transferCustomers(
    tx,
    { customerIds: move.customerIds, fromId: move.fromId, toId: move.to.id, action: move.action },
    provenanceOf(ctx.actor.id, move),
    now,
  );
  if (move.to.id === ctx.actor.id) return moved;
  await recordPush(
    tx,
    {
      key: `customers_received:${move.source}:${move.to.id}`,
      personId: move.to.id,
      kind: 'customers_received',
      cards: [
        customersReceivedCard({
          locale: move.to.locale,
          timeZone: ctx.timeZone,
          from: move.fromName,
          by: ctx.actor.name,
          customers: moved.customers,
          followUps: moved.followUps,
          complaints: moved.complaints,
        }),
      ],
    },
    now,
  );
  return moved;
}
