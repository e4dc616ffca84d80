import { recordAudit } from './audit.ts';
import { type Tx, toDbTime } from './client.ts';

type Provenance = { actorId: number; source: string; at: Date };

/** Adds a collaborator (协作人); false when they already were one. */
export async function addCollaborator(
  tx: Tx,
  customerId: number,
  personId: number,
  provenance: Provenance,
  at: Date,
): Promise<boolean> {
  const rows = await tx.$executeRawUnsafe(
    // ON CONFLICT DO NOTHING: a failed insert would abort the caller's transaction.
    'INSERT INTO CustomerCollaborator (customerId, personId, addedAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    customerId,
    personId,
    toDbTime(at),
  );
  if (rows === 0) return false;
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'customer.collaborator_added',
      entity: 'customer',
      entityId: customerId,
      data: { personId },
    },
  ]);
  return true;
}

/** Removes a collaborator; false when they were not one. */
export async function removeCollaborator(
  tx: Tx,
  customerId: number,
  personId: number,
  provenance: Provenance,
): Promise<boolean> {
  const { count } = await tx.customerCollaborator.deleteMany({ where: { customerId, personId } });
  if (count === 0) return false;
  await recordAudit(tx, [
    {
      ...provenance,
      action: 'customer.collaborator_removed',
      entity: 'customer',
      entityId: customerId,
      data: { personId },
    },
  ]);
  return true;
}
