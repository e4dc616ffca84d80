import type { Ctx } from '../context.ts';
import type { Draft } from '../draft.ts';
import type { Reply } from '../types.ts';
import { addContact } from './add-contact.ts';
import { assignCustomer } from './assign-customer.ts';
import { browsePool } from './browse-pool.ts';
import { changeCollaborators } from './change-collaborators.ts';
import { claimCustomer } from './claim-customer.ts';
import { flagBadCustomer } from './flag-bad-customer.ts';
import { handOverCustomers } from './hand-over-customers.ts';
import { manageAssignmentRules } from './manage-assignment-rules.ts';
import { mapImportColumns } from './map-import-columns.ts';
import { recordArrears } from './record-arrears.ts';
import { recordPayment } from './record-payment.ts';
import { recordSale } from './record-sale.ts';
import { showCleansingReport } from './show-cleansing-report.ts';

/**
 * Runs a customer master-data command (the parser put its arguments in `parse.command`). Commands about
 * one customer run as a draft, so a "which customer?" question can come back to them.
 */
export function runCrmCommand(ctx: Ctx, base: Omit<Draft, 'intent'>): Promise<Reply> {
  const command = base.parse.command;
  if (!command) throw new Error(`intent ${base.parse.intent} arrived without its command`);
  switch (command.intent) {
    case 'record_sale':
      return recordSale(ctx, { ...base, intent: command.intent }, command);
    case 'record_arrears':
      return recordArrears(ctx, { ...base, intent: command.intent }, command);
    case 'record_payment':
      return recordPayment(ctx, { ...base, intent: command.intent }, command);
    case 'assign_customer':
      return assignCustomer(ctx, { ...base, intent: command.intent }, command);
    case 'change_collaborators':
      return changeCollaborators(ctx, { ...base, intent: command.intent }, command);
    case 'claim_customer':
      return claimCustomer(ctx, { ...base, intent: command.intent });
    case 'flag_bad_customer':
      return flagBadCustomer(ctx, { ...base, intent: command.intent }, command);
    case 'add_contact':
      return addContact(ctx, { ...base, intent: command.intent }, command);
    case 'hand_over':
      return handOverCustomers(ctx, command);
    case 'browse_pool':
      return browsePool(ctx, command.query);
    case 'cleansing_report':
      return showCleansingReport(ctx);
    case 'assignment_rules':
      return manageAssignmentRules(ctx, command);
    case 'import_map':
      return mapImportColumns(ctx, command);
  }
}
