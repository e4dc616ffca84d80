import type { ComplaintCategory } from '../vocabulary.ts';

export const routingStrategies = ['round_robin', 'least_loaded'] as const;
export type RoutingStrategy = (typeof routingStrategies)[number];

export function isRoutingStrategy(value: string): value is RoutingStrategy {
  return (routingStrategies as readonly string[]).includes(value);
}

/** A routing rule's conditions; null matches anything. */
export interface RuleConditions {
  category: string | null;
  region: string | null;
  grade: string | null;
  customerOwnerId: number | null;
}

/** What routing looks at when a complaint is filed. */
export interface ComplaintFacts {
  category: ComplaintCategory;
  region: string | null;
  grade: string | null;
  customerOwnerId: number | null;
}

/** A rule matches when every condition it sets matches; regions and grades ignore case and spaces. */
export function matchesRule(rule: RuleConditions, facts: ComplaintFacts): boolean {
  const same = (a: string, b: string | null) => b !== null && fold(a) === fold(b);
  if (rule.category !== null && rule.category !== facts.category) return false;
  if (rule.region !== null && !same(rule.region, facts.region)) return false;
  if (rule.grade !== null && !same(rule.grade, facts.grade)) return false;
  if (rule.customerOwnerId !== null && rule.customerOwnerId !== facts.customerOwnerId) return false;
  return true;
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Picks a team member. Round robin: the member after the last one given a complaint, by id, wrapping
 * around (a departed last member is skipped too). Least loaded: the fewest open complaints, then the
 * lowest id. Null when the team has no one to give it to.
 */
export function pickTeamMember(
  strategy: RoutingStrategy,
  members: { id: number; openComplaints: number }[],
  lastAssignedId: number | null,
): number | null {
  if (members.length === 0) return null;
  const byId = [...members].sort((a, b) => a.id - b.id);
  if (strategy === 'round_robin') {
    const next = byId.find((member) => lastAssignedId === null || member.id > lastAssignedId);
    return (next ?? byId[0]!).id;
  }
  return byId.reduce((best, member) => (member.openComplaints < best.openComplaints ? member : best)).id;
}
