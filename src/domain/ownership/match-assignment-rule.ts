/** The conditions of an assignment rule; a null condition matches anything. */
export interface RuleConditions {
  region: string | null;
  industry: string | null;
  size: string | null;
  grade: string | null;
}

export interface AssignmentRuleView extends RuleConditions {
  id: number;
  position: number;
  ownerId: number;
}

export type CustomerTraits = RuleConditions;

/**
 * The owner of a new customer (客户归属): the first rule by position whose conditions all match. A rule
 * without any condition matches every customer, a catch-all. Values compare without case and without
 * an administrative suffix, so a rule for 深圳 matches 深圳市. Rules owned by someone in `skipOwnerIds`
 * are passed over (a departing rep must not get their own customers back).
 */
export function matchAssignmentRule<R extends AssignmentRuleView>(
  rules: R[],
  customer: CustomerTraits,
  skipOwnerIds: number[] = [],
): R | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id);
  return (
    ordered.find(
      (rule) =>
        !skipOwnerIds.includes(rule.ownerId) &&
        matches(rule.region, customer.region) &&
        matches(rule.industry, customer.industry) &&
        matches(rule.size, customer.size) &&
        matches(rule.grade, customer.grade),
    ) ?? null
  );
}

function matches(condition: string | null, value: string | null): boolean {
  if (condition === null || condition.trim() === '') return true;
  return value !== null && toKey(condition) === toKey(value);
}

function toKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<=.)(?:市|省|区|地区)$/u, '');
}
