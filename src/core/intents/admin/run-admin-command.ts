import { complaintAdminHelpCard } from '../../../../cards/complaint-admin-help.ts';
import { BotError } from '../../../errors.ts';
import { t } from '../../../i18n/t.ts';
import { inCommandLanguage } from '../../complaints/command-locale.ts';
import { type Ctx, reply } from '../../context.ts';
import type { Reply } from '../../types.ts';
import {
  addRoutingRule,
  changeRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
  setDefaultOwner,
} from './manage-routing-rules.ts';
import { readAdminCommand } from './read-admin-command.ts';
import { listCareCadence, setCareCadence } from './set-care-cadence.ts';
import { listComplaintDeadlines, setComplaintDeadline, setWorkingTime } from './set-complaint-deadlines.ts';
import { setPersonRoleOrTeam } from './set-person-role-or-team.ts';

/** Routing rules, deadlines, care cadences, people's roles and teams: admins only, even to look. */
export async function runAdminCommand(original: Ctx, text: string): Promise<Reply> {
  const ctx = inCommandLanguage(original, text);
  const zh = ctx.actor.locale !== 'en';
  const command = readAdminCommand(text);
  if (ctx.actor.role !== 'admin')
    throw new BotError(
      'forbidden',
      command.kind === 'set_person'
        ? t(ctx.actor.locale, 'runAdminCommand.onlyAdminsCanChange')
        : t(ctx.actor.locale, 'runAdminCommand.onlyAdminsCanSee'),
    );
  switch (command.kind) {
    case 'invalid':
      throw new BotError('invalid_input', zh ? command.zh : command.en);
    case 'help':
      return reply([complaintAdminHelpCard({ locale: ctx.actor.locale })]);
    case 'list_rules':
      return listRoutingRules(ctx);
    case 'add_rule':
      return addRoutingRule(ctx, command.fields);
    case 'change_rule':
      return changeRoutingRule(ctx, command.ruleId, command.fields);
    case 'delete_rule':
      return deleteRoutingRule(ctx, command.ruleId);
    case 'set_default_owner':
      return setDefaultOwner(ctx, command.name);
    case 'list_deadlines':
      return listComplaintDeadlines(ctx);
    case 'set_deadline':
      return setComplaintDeadline(ctx, command.severity, {
        acknowledge: command.acknowledge,
        resolve: command.resolve,
      });
    case 'set_working_time':
      return setWorkingTime(ctx, command.value);
    case 'list_care_cadence':
      return listCareCadence(ctx);
    case 'set_care_cadence':
      return setCareCadence(ctx, command.grade, command.days);
    case 'set_person':
      return setPersonRoleOrTeam(ctx, command.field, command.rest);
  }
}
