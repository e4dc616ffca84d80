import { matchKnownContact } from '../domain/customers/find-known-contact.ts';
import type { VisitKind } from '../domain/vocabulary.ts';
import type { Db, Tx } from './client.ts';

export interface VisitDetails {
  id: number;
  authorId: number;
  author: { id: number; name: string; teamId: number | null };
  customer: { id: number; name: string; status: string; badReason: string | null };
  kind: VisitKind;
  occurredAt: Date;
  summary: string;
  needs: string | null;
  issues: string | null;
  competitor: string | null;
  nextStep: string | null;
  contacts: string[];
  followUp: { id: number; dueAt: Date; hasTime: boolean; status: string } | null;
}

export async function getVisitDetails(db: Db | Tx, id: number): Promise<VisitDetails | null> {
  const row = await db.visit.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true, teamId: true } },
      customer: { select: { id: true, name: true, status: true, badReason: true } },
      contacts: { include: { contact: { select: { name: true, title: true } } } },
      followUps: { where: { status: { not: 'cancelled' } }, orderBy: { id: 'asc' }, take: 1 },
    },
  });
  if (!row) return null;
  const followUp = row.followUps[0];
  return {
    id: row.id,
    authorId: row.authorId,
    author: row.author,
    customer: row.customer,
    kind: row.kind as VisitKind,
    occurredAt: row.occurredAt,
    summary: row.summary,
    needs: row.needs,
    issues: row.issues,
    competitor: row.competitor,
    nextStep: row.nextStep,
    contacts: row.contacts.map(({ contact }) =>
      contact.title && !contact.name.endsWith(contact.title)
        ? `${contact.name} (${contact.title})`
        : contact.name,
    ),
    followUp: followUp
      ? { id: followUp.id, dueAt: followUp.dueAt, hasTime: followUp.hasTime, status: followUp.status }
      : null,
  };
}

/**
 * The contact a message names at a customer: the one with that name, or a new one. "张总" matches a
 * contact saved as "张总", and also "张伟" whose title is 总经理.
 */
export async function findOrCreateContact(
  tx: Tx,
  customerId: number,
  mention: { name: string; title: string | null },
): Promise<{ id: number; created: boolean }> {
  const contacts = await tx.contact.findMany({
    where: { customerId },
    select: { id: true, name: true, title: true },
  });
  const known = matchKnownContact(mention.name, contacts);
  if (known) return { id: known.id, created: false };
  const surname =
    mention.title && mention.name.endsWith(mention.title)
      ? mention.name.slice(0, -mention.title.length)
      : null;
  if (surname && mention.title) {
    const title = mention.title;
    const byTitle = contacts.filter(
      (contact) => contact.name.startsWith(surname) && (contact.title ?? '').includes(title),
    );
    if (byTitle.length === 1) return { id: byTitle[0]!.id, created: false };
  }
  const created = await tx.contact.create({ data: { customerId, name: mention.name, title: mention.title } });
  return { id: created.id, created: true };
}
