import { routingRulesCard } from '../../../../cards/complaint-routing.ts';
import { recordAudit } from '../../../db/audit.ts';
import type { Tx } from '../../../db/client.ts';
import { complaintSettingKeys, readComplaintSettings } from '../../../db/complaints.ts';
import { writeSetting } from '../../../db/settings.ts';
import { isRoutingStrategy } from '../../../domain/complaints/route-complaint.ts';
import { BotError } from '../../../errors.ts';
import { t } from '../../../i18n/t.ts';
import { colleagueProblem, findColleague } from '../../complaints/find-colleague.ts';
import { type Ctx, reply } from '../../context.ts';
import type { Reply } from '../../types.ts';
import type { RuleFields } from './read-rule-fields.ts';
import { emptyRule, type RuleData, resolveRuleFields } from './resolve-rule-fields.ts';

type Headline = { zh: string; en: string };

/** The rules in the order they are tried, with names, and the fallback owner. */
export async function listRoutingRules(ctx: Ctx, headline?: Headline): Promise<Reply> {
  const [rules, people, teams, settings] = await Promise.all([
    ctx.db.routingRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    ctx.db.person.findMany({ select: { id: true, name: true } }),
    ctx.db.team.findMany({ select: { id: true, name: true } }),
    readComplaintSettings(ctx.db),
  ]);
  const person = new Map(people.map((row) => [row.id, row.name]));
  const team = new Map(teams.map((row) => [row.id, row.name]));
  const name = (map: Map<number, string>, id: number | null) => (id === null ? null : (map.get(id) ?? null));
  return reply([
    routingRulesCard({
      locale: ctx.actor.locale,
      defaultOwner: name(person, settings.defaultOwnerId),
      rules: rules.map((rule) => ({
        ...rule,
        customerOwner: name(person, rule.customerOwnerId),
        person: name(person, rule.targetPersonId),
        team: name(team, rule.targetTeamId),
      })),
      ...(headline ? { headline } : {}),
    }),
  ]);
}

export async function addRoutingRule(ctx: Ctx, fields: RuleFields): Promise<Reply> {
  const data = await resolveRuleFields(ctx, fields, emptyRule);
  const id = await ctx.db.$transaction(async (tx) => {
    const count = await tx.routingRule.count();
    const rule = await tx.routingRule.create({
      data: { ...data, position: count + 1, createdBy: ctx.actor.id },
    });
    if (fields.position !== undefined) await placeRule(tx, rule.id, fields.position);
    await audit(ctx, tx, 'routing_rule.added', rule.id, data);
    return rule.id;
  });
  return listRoutingRules(ctx, { zh: `已添加规则 #${id}`, en: `Rule #${id} added` });
}

export async function changeRoutingRule(ctx: Ctx, ruleId: number, fields: RuleFields): Promise<Reply> {
  const rule = await ctx.db.routingRule.findUnique({ where: { id: ruleId } });
  if (!rule) throw noSuchRule(ctx, ruleId);
  const current: RuleData = {
    category: rule.category,
    region: rule.region,
    grade: rule.grade,
    customerOwnerId: rule.customerOwnerId,
    targetPersonId: rule.targetPersonId,
    targetTeamId: rule.targetTeamId,
    strategy: isRoutingStrategy(rule.strategy) ? rule.strategy : 'least_loaded',
    lastAssignedId: rule.lastAssignedId,
  };
  const data = await resolveRuleFields(ctx, fields, current);
  await ctx.db.$transaction(async (tx) => {
    await tx.routingRule.update({ where: { id: ruleId }, data });
    if (fields.position !== undefined) await placeRule(tx, ruleId, fields.position);
    await audit(ctx, tx, 'routing_rule.changed', ruleId, {
      before: current,
      after: data,
      position: fields.position,
    });
  });
  return listRoutingRules(ctx, { zh: `已修改规则 #${ruleId}`, en: `Rule #${ruleId} changed` });
}

export async function deleteRoutingRule(ctx: Ctx, ruleId: number): Promise<Reply> {
  const rule = await ctx.db.routingRule.findUnique({ where: { id: ruleId } });
  if (!rule) throw noSuchRule(ctx, ruleId);
  await ctx.db.$transaction(async (tx) => {
    await tx.routingRule.delete({ where: { id: ruleId } });
    await renumber(tx, (ids) => ids);
    await audit(ctx, tx, 'routing_rule.deleted', ruleId, rule);
  });
  return listRoutingRules(ctx, { zh: `已删除规则 #${ruleId}`, en: `Rule #${ruleId} deleted` });
}

/** Who owns a complaint no rule matches; null goes back to the least-loaded service colleague. */
export async function setDefaultOwner(ctx: Ctx, name: string | null): Promise<Reply> {
  let ownerId: number | null = null;
  if (name !== null) {
    const match = await findColleague(ctx.db, name);
    if (match.kind !== 'found')
      throw new BotError('invalid_input', colleagueProblem(match, name, ctx.actor.locale));
    ownerId = match.person.id;
  }
  await ctx.db.$transaction(async (tx) => {
    await writeSetting(tx, complaintSettingKeys.defaultOwner, ownerId, ctx.actor.id);
    await audit(
      ctx,
      tx,
      'setting.changed',
      0,
      { key: complaintSettingKeys.defaultOwner, value: ownerId },
      'setting',
    );
  });
  return listRoutingRules(ctx, { zh: '已设置默认处理人', en: 'Default owner set' });
}

/** Moves a rule to a 1-based position and numbers the rest around it. */
async function placeRule(tx: Tx, ruleId: number, position: number): Promise<void> {
  await renumber(tx, (ids) => {
    const rest = ids.filter((id) => id !== ruleId);
    rest.splice(Math.min(position, rest.length + 1) - 1, 0, ruleId);
    return rest;
  });
}

async function renumber(tx: Tx, order: (ids: number[]) => number[]): Promise<void> {
  const rules = await tx.routingRule.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  for (const [index, id] of order(rules.map((rule) => rule.id)).entries())
    await tx.routingRule.update({ where: { id }, data: { position: index + 1 } });
}

function audit(
  ctx: Ctx,
  tx: Tx,
  action: string,
  entityId: number,
  data: unknown,
  entity: 'routing_rule' | 'setting' = 'routing_rule',
) {
  return recordAudit(tx, [{ actorId: ctx.actor.id, action, entity, entityId, data, source: ctx.source }]);
}

function noSuchRule(ctx: Ctx, ruleId: number): BotError {
  return new BotError('not_found', t(ctx.actor.locale, 'manageRoutingRules.thereIsNoRouting', { ruleId }));
}
