import { assignmentRulesCard } from '../../../cards/assignment-rules.ts';
import { addAssignmentRule, listAssignmentRules } from '../../db/assignment-rules.ts';
import { recordAudit } from '../../db/audit.ts';
import { isGrade } from '../../domain/grading/grade-by-sales.ts';
import { BotError } from '../../errors.ts';
import { t } from '../../i18n/t.ts';
import { type Ctx, reply } from '../context.ts';
import type { CrmCommand } from '../parse/crm-command.ts';
import { resolvePerson } from '../resolve-person.ts';
import type { Reply } from '../types.ts';
import { assertCanOwn } from './hand-over-customers.ts';

/**
 * 分配规则: lists the rules that decide the owner of a new customer (admins and managers), and lets an
 * admin add one at the end or remove one by its number on the list.
 */
export async function manageAssignmentRules(
  ctx: Ctx,
  command: Extract<CrmCommand, { intent: 'assignment_rules' }>,
): Promise<Reply> {
  const { actor, db } = ctx;
  const mayRead = actor.role === 'admin' || actor.role === 'manager';
  if (!mayRead || (command.action !== 'list' && actor.role !== 'admin'))
    throw new BotError('forbidden', t(actor.locale, 'manageAssignmentRules.onlyAnAdminCan'));
  let headline: 'added' | 'removed' | undefined;
  if (command.action === 'add') {
    const rule = command.rule!;
    if (!rule.owner)
      throw new BotError('invalid_input', t(actor.locale, 'manageAssignmentRules.nameTheOwnerE'));
    const grade = rule.grade?.toUpperCase() ?? null;
    if (grade !== null && !isGrade(grade))
      throw new BotError('invalid_input', t(actor.locale, 'manageAssignmentRules.aGradeIsA'));
    const owner = await resolvePerson(ctx, rule.owner);
    assertCanOwn(ctx, owner);
    const conditions = { region: rule.region, industry: rule.industry, size: rule.size, grade };
    await db.$transaction(async (tx) => {
      const id = await addAssignmentRule(tx, { ...conditions, ownerId: owner.id }, actor.id);
      await recordAudit(tx, [
        {
          actorId: actor.id,
          action: 'assignment_rule.added',
          entity: 'assignment_rule',
          entityId: id,
          data: { ...conditions, ownerId: owner.id },
          source: ctx.source,
          at: ctx.now(),
        },
      ]);
    });
    headline = 'added';
  } else if (command.action === 'remove') {
    const rules = await listAssignmentRules(db);
    const target = rules[(command.position ?? 0) - 1];
    if (!target)
      throw new BotError(
        'not_found',
        t(actor.locale, 'manageAssignmentRules.thereIsNoAssignment', { position: String(command.position) }),
      );
    await db.$transaction(async (tx) => {
      await tx.assignmentRule.delete({ where: { id: target.id } });
      await recordAudit(tx, [
        {
          actorId: actor.id,
          action: 'assignment_rule.removed',
          entity: 'assignment_rule',
          entityId: target.id,
          data: target,
          source: ctx.source,
          at: ctx.now(),
        },
      ]);
    });
    headline = 'removed';
  }
  if (headline) ctx.log.info({ action: command.action }, 'assignment rules changed');
  const rules = await listAssignmentRules(db);
  return reply([assignmentRulesCard({ locale: actor.locale, rules, ...(headline ? { headline } : {}) })]);
}
