import type { Tx } from '../../db/client.ts';
import { countOpenComplaints } from '../../db/complaints.ts';
import {
  type ComplaintFacts,
  isRoutingStrategy,
  matchesRule,
  pickTeamMember,
} from '../../domain/complaints/route-complaint.ts';

export type RouteVia =
  | { kind: 'rule'; ruleId: number }
  | { kind: 'default_owner' }
  | { kind: 'least_loaded' };

export interface Route {
  ownerId: number | null;
  via: RouteVia;
}

/**
 * Who owns a new complaint: the first routing rule by position that matches and can name someone (a
 * person, or a member of a team's service staff); else the workspace's default owner; else the
 * service colleague with the fewest open complaints. Round robin remembers its pick on the rule.
 */
export async function routeComplaint(
  tx: Tx,
  facts: ComplaintFacts,
  defaultOwnerId: number | null,
): Promise<Route> {
  const rules = await tx.routingRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  for (const rule of rules) {
    if (!matchesRule(rule, facts)) continue;
    if (rule.targetPersonId !== null) {
      // Rules hold plain ids: a person who has since left makes the rule fall through.
      if (await tx.person.findUnique({ where: { id: rule.targetPersonId }, select: { id: true } }))
        return { ownerId: rule.targetPersonId, via: { kind: 'rule', ruleId: rule.id } };
      continue;
    }
    if (rule.targetTeamId === null) continue;
    const strategy = isRoutingStrategy(rule.strategy) ? rule.strategy : 'least_loaded';
    const members = await serviceMembers(tx, rule.targetTeamId);
    const ownerId = pickTeamMember(strategy, members, rule.lastAssignedId);
    if (ownerId === null) continue;
    if (strategy === 'round_robin')
      await tx.routingRule.update({ where: { id: rule.id }, data: { lastAssignedId: ownerId } });
    return { ownerId, via: { kind: 'rule', ruleId: rule.id } };
  }
  if (
    defaultOwnerId !== null &&
    (await tx.person.findUnique({ where: { id: defaultOwnerId }, select: { id: true } }))
  )
    return { ownerId: defaultOwnerId, via: { kind: 'default_owner' } };
  const staff = await tx.person.findMany({ where: { role: 'service' }, select: { id: true } });
  return { ownerId: await leastLoaded(tx, staff), via: { kind: 'least_loaded' } };
}

async function serviceMembers(tx: Tx, teamId: number) {
  const people = await tx.person.findMany({ where: { teamId, role: 'service' }, select: { id: true } });
  const load = await countOpenComplaints(
    tx,
    people.map((person) => person.id),
  );
  return people.map((person) => ({ id: person.id, openComplaints: load.get(person.id) ?? 0 }));
}

async function leastLoaded(tx: Tx, people: { id: number }[]): Promise<number | null> {
  const load = await countOpenComplaints(
    tx,
    people.map((person) => person.id),
  );
  const members = people.map((person) => ({ id: person.id, openComplaints: load.get(person.id) ?? 0 }));
  return pickTeamMember('least_loaded', members, null);
}
