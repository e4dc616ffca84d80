import type {
  AssignmentRuleView,
  CustomerTraits,
  RuleConditions,
} from '../domain/ownership/match-assignment-rule.ts';
import { matchAssignmentRule } from '../domain/ownership/match-assignment-rule.ts';
import type { Db, Tx } from './client.ts';

export type AssignmentRuleRow = AssignmentRuleView & { owner: string };

/** The rules in the order they are tried; the list shows them numbered 1, 2, 3 in this order. */
export async function listAssignmentRules(db: Db | Tx): Promise<AssignmentRuleRow[]> {
  const rows = await db.assignmentRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  const owners = await db.person.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.ownerId))] } },
    select: { id: true, name: true },
  });
  const names = new Map(owners.map((owner) => [owner.id, owner.name]));
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    region: row.region,
    industry: row.industry,
    size: row.size,
    grade: row.grade,
    ownerId: row.ownerId,
    owner: names.get(row.ownerId) ?? `#${row.ownerId}`,
  }));
}

/** Adds a rule after the existing ones, so it applies only where no earlier rule does. */
export async function addAssignmentRule(
  tx: Tx,
  rule: RuleConditions & { ownerId: number },
  createdBy: number,
): Promise<number> {
  const last = await tx.assignmentRule.findFirst({
    orderBy: { position: 'desc' },
    select: { position: true },
  });
  const row = await tx.assignmentRule.create({
    data: { ...rule, position: (last?.position ?? 0) + 1, createdBy },
  });
  return row.id;
}

/** The owner the rules give a customer with these traits, or null when no rule matches. */
export async function pickOwnerByRules(
  db: Db | Tx,
  customer: CustomerTraits,
  skipOwnerIds: number[] = [],
): Promise<number | null> {
  const rules = await listAssignmentRules(db);
  return matchAssignmentRule(rules, customer, skipOwnerIds)?.ownerId ?? null;
}
