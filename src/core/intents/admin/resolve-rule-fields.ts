import type { Db } from '../../../db/client.ts';
import type { RoutingStrategy } from '../../../domain/complaints/route-complaint.ts';
import { BotError } from '../../../errors.ts';
import { t } from '../../../i18n/t.ts';
import { colleagueProblem, findColleague } from '../../complaints/find-colleague.ts';
import type { Ctx } from '../../context.ts';
import type { RuleFields } from './read-rule-fields.ts';

/** A routing rule's columns, as stored. */
export interface RuleData {
  category: string | null;
  region: string | null;
  grade: string | null;
  customerOwnerId: number | null;
  targetPersonId: number | null;
  targetTeamId: number | null;
  strategy: RoutingStrategy;
  lastAssignedId: number | null;
}

export const emptyRule: RuleData = {
  category: null,
  region: null,
  grade: null,
  customerOwnerId: null,
  targetPersonId: null,
  targetTeamId: null,
  strategy: 'least_loaded',
  lastAssignedId: null,
};

/**
 * Applies what the admin typed to a rule (a new one: `emptyRule`), checking every name against the
 * people and teams. Naming a person clears the team and the other way round; a rule must end up
 * naming exactly one of them. Throws a BotError that says what is wrong; nothing is stored here.
 */
export async function resolveRuleFields(ctx: Ctx, fields: RuleFields, current: RuleData): Promise<RuleData> {
  const zh = ctx.actor.locale !== 'en';
  const refuse = (zhText: string, enText: string) => new BotError('invalid_input', zh ? zhText : enText);
  if (fields.person && fields.team)
    throw refuse('处理人和团队只能写一个。', 'Name an owner or a team, not both.');
  const next: RuleData = { ...current };
  if (fields.category !== undefined) next.category = fields.category;
  if (fields.region !== undefined) next.region = fields.region;
  if (fields.grade !== undefined) next.grade = fields.grade;
  if (fields.customerOwner !== undefined)
    next.customerOwnerId = fields.customerOwner === null ? null : await personId(ctx, fields.customerOwner);
  if (fields.person !== undefined) {
    next.targetPersonId = fields.person === null ? null : await personId(ctx, fields.person);
    if (next.targetPersonId !== null) Object.assign(next, { targetTeamId: null, lastAssignedId: null });
  }
  if (fields.team !== undefined) {
    next.targetTeamId = fields.team === null ? null : await serviceTeamId(ctx, fields.team);
    if (next.targetTeamId !== null) next.targetPersonId = null;
    if (next.targetTeamId !== current.targetTeamId) next.lastAssignedId = null;
  }
  if (next.targetPersonId === null && next.targetTeamId === null)
    throw refuse(
      '规则要写明分给谁：处理人=赵客服，或 团队=售后。',
      'Say who gets the complaint: owner=Zhao, or team=售后.',
    );
  if (fields.strategy !== undefined) {
    if (next.targetTeamId === null)
      throw refuse('分配方式只用于团队（团队=…）。', 'A strategy only applies to a team (team=…).');
    next.strategy = fields.strategy;
  }
  if (next.targetPersonId !== null) next.strategy = 'least_loaded';
  return next;
}

async function personId(ctx: Ctx, name: string): Promise<number> {
  const match = await findColleague(ctx.db, name);
  if (match.kind !== 'found')
    throw new BotError('invalid_input', colleagueProblem(match, name, ctx.actor.locale));
  return match.person.id;
}

/** A team by its full name, or by a part only it has ("华东" for 华东销售 East China Sales). */
async function serviceTeamId(ctx: Ctx, typed: string): Promise<number> {
  const teams = await ctx.db.team.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } });
  const folded = typed.trim().toLowerCase();
  const exact = teams.filter((team) => team.name.toLowerCase() === folded);
  const partial = exact.length > 0 ? exact : teams.filter((team) => team.name.toLowerCase().includes(folded));
  const names = teams.map((team) => team.name).join(t(ctx.actor.locale, 'list.separator'));
  if (partial.length === 0)
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'resolveRuleFields.thereIsNoTeam', { typed, names }),
    );
  if (partial.length > 1)
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'resolveRuleFields.partialcountTeamsMatchTyped', {
        partialCount: partial.length,
        typed,
        value: partial.map((t) => t.name).join(t(ctx.actor.locale, 'list.separator')),
      }),
    );
  const team = partial[0]!;
  if (!(await hasServiceStaff(ctx.db, team.id)))
    throw new BotError(
      'invalid_input',
      t(ctx.actor.locale, 'resolveRuleFields.teamNameHasNo', { name: team.name }),
    );
  return team.id;
}

async function hasServiceStaff(db: Db, teamId: number): Promise<boolean> {
  return (await db.person.count({ where: { teamId, role: 'service' } })) > 0;
}
