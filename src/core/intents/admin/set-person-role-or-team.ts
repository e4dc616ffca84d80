import { noticeCard } from '../../../../cards/notice.ts';
import { recordAudit } from '../../../db/audit.ts';
import type { Db } from '../../../db/client.ts';
import { type Role, roles } from '../../../domain/people.ts';
import { BotError } from '../../../errors.ts';
import { t } from '../../../i18n/t.ts';
import { type Ctx, reply } from '../../context.ts';
import type { Reply } from '../../types.ts';

const roleWords: [RegExp, Role][] = [
  [/^(?:rep|sales|sales ?rep|salesperson|销售|客户经理|业务员)$/i, 'rep'],
  [/^(?:manager|team lead|经理|主管|销售经理|销售主管)$/i, 'manager'],
  [/^(?:service|support|客服|售后)$/i, 'service'],
  [/^(?:admin|administrator|管理员)$/i, 'admin'],
];
const roleNames: Record<Role, [string, string]> = {
  rep: ['销售', 'rep'],
  manager: ['经理', 'manager'],
  service: ['客服', 'service'],
  admin: ['管理员', 'admin'],
};

interface PersonRow {
  id: number;
  name: string;
  role: string;
  teamId: number | null;
  team: { name: string } | null;
}

/**
 * 「设置角色 张伟 经理」 / "set role Zhang Wei manager", 「设置团队 张伟 华南组」 / "set team Zhang Wei South".
 * The name may hold spaces: the longest opening that names a person is the name, the rest the value
 * (or write 张伟=经理, "Zhang Wei to manager"). Unknown people, roles and teams change nothing.
 */
export async function setPersonRoleOrTeam(ctx: Ctx, field: 'role' | 'team', rest: string): Promise<Reply> {
  const zh = ctx.actor.locale !== 'en';
  const { person, value } = await findPersonAndValue(ctx.db, rest, zh);
  if (field === 'role') {
    const role = roleWords.find(([pattern]) => pattern.test(value))?.[1];
    if (!role)
      throw new BotError(
        'invalid_input',
        zh
          ? `没有「${value}」这个角色。可以设为：销售、经理、客服、管理员。`
          : `There is no role "${value}". Use one of: ${roles.join(', ')}.`,
      );
    return changePerson(ctx, person, { role }, roleNames[role][zh ? 0 : 1]);
  }
  const teams = await ctx.db.team.findMany({ orderBy: { name: 'asc' } });
  const team =
    teams.find((t) => t.name === value) ?? teams.find((t) => t.name.toLowerCase() === value.toLowerCase());
  if (!team)
    throw new BotError(
      'not_found',
      zh
        ? `没有名为「${value}」的团队。现有团队：${teams.map((t) => t.name).join('、') || '无'}。`
        : `There is no team called "${value}". Teams: ${teams.map((t) => t.name).join(', ') || 'none'}.`,
    );
  return changePerson(ctx, person, { teamId: team.id }, team.name);
}

async function changePerson(
  ctx: Ctx,
  person: PersonRow,
  change: { role: Role } | { teamId: number },
  shown: string,
): Promise<Reply> {
  const zh = ctx.actor.locale !== 'en';
  const isRole = 'role' in change;
  if (isRole ? person.role === change.role : person.teamId === change.teamId)
    return reply([
      noticeCard({
        tone: 'info',
        title: zh
          ? `${person.name} 已经是${shown}${isRole ? '' : '的成员'}了。`
          : `${person.name} is already ${isRole ? 'a' : 'in'} ${shown}.`,
      }),
    ]);
  await ctx.db.$transaction(async (tx) => {
    // Nobody could change roles any more: the last admin stays one.
    if (isRole && person.role === 'admin' && (await tx.person.count({ where: { role: 'admin' } })) <= 1)
      throw new BotError(
        'conflict',
        t(ctx.actor.locale, 'setPersonRoleOrTeam.nameIsTheOnly', { name: person.name }),
      );
    await tx.person.update({ where: { id: person.id }, data: change });
    await recordAudit(tx, [
      {
        actorId: ctx.actor.id,
        action: isRole ? 'person.role_changed' : 'person.team_changed',
        entity: 'person',
        entityId: person.id,
        data: isRole
          ? { before: person.role, after: change.role }
          : { before: person.team?.name ?? null, after: shown },
        source: ctx.source,
        at: ctx.now(),
      },
    ]);
  });
  return reply([
    noticeCard({
      tone: 'success',
      title: isRole
        ? t(ctx.actor.locale, 'setPersonRoleOrTeam.nameSRoleIs', { name: person.name, shown })
        : t(ctx.actor.locale, 'setPersonRoleOrTeam.nameIsNowIn', { name: person.name, shown }),
      footer: t(ctx.actor.locale, 'setPersonRoleOrTeam.changedByName', { name: ctx.actor.name }),
    }),
  ]);
}

/** Splits "Zhang Wei manager" where the opening words name a person. */
async function findPersonAndValue(
  db: Db,
  rest: string,
  zh: boolean,
): Promise<{ person: PersonRow; value: string }> {
  const explicit = /^(.+?)\s*(?:=|:|：|\bto\b|\bas\b|为|->)\s*(.+)$/i.exec(rest);
  const words = rest.split(/\s+/);
  const splits: [string, string][] = explicit
    ? [[explicit[1]!.trim(), explicit[2]!.trim()]]
    : words
        .slice(1)
        .map((_, i) => [
          words.slice(0, words.length - 1 - i).join(' '),
          words.slice(words.length - 1 - i).join(' '),
        ]);
  for (const [name, value] of splits) {
    const people = await findPeople(db, name);
    if (people.length > 1)
      throw new BotError(
        'invalid_input',
        zh
          ? `有 ${people.length} 个人叫「${name}」，无法确定是哪一位。`
          : `${people.length} people are called "${name}"; I cannot tell which.`,
      );
    if (people[0]) return { person: people[0], value };
  }
  const name = splits[0]?.[0] ?? rest;
  throw new BotError('not_found', zh ? `找不到叫「${name}」的人。` : `Nobody is called "${name}".`);
}

async function findPeople(db: Db, name: string): Promise<PersonRow[]> {
  const select = { id: true, name: true, role: true, teamId: true, team: { select: { name: true } } };
  const exact = await db.person.findMany({ where: { name }, select });
  if (exact.length > 0) return exact;
  const ids = await db.$queryRawUnsafe<{ id: number }[]>(
    'SELECT id FROM Person WHERE lower(name) = lower(?)',
    name,
  );
  return ids.length === 0
    ? []
    : db.person.findMany({ where: { id: { in: ids.map((row) => Number(row.id)) } }, select });
}
