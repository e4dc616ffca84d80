import { z } from 'zod';
import { importFields } from '../../domain/import/import-fields.ts';

const mention = z.string().min(1).max(200);

/**
 * Customer master-data commands (sales, ownership, the public pool, bad customers, data cleansing),
 * read before the free-text rules because each opens with its own words and carries its own
 * arguments. `intent` doubles as the ParseResult's intent.
 */
export const crmCommandSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('record_sale'),
    customer: mention,
    amountCents: z.number().int().positive(),
    /** The day of the sale in the workspace zone, YYYY-MM-DD. */
    occurredOn: z.iso.date(),
  }),
  /**
   * 欠款: money the customer owes, due on a day. A missing amount or an unreadable day (`dueText`) is
   * kept, so the intent can say what is missing instead of the message falling through to a visit.
   */
  z.object({
    intent: z.literal('record_arrears'),
    customer: mention,
    amountCents: z.number().int().positive().nullable(),
    /** YYYY-MM-DD; null when no day was given or it could not be read. */
    dueOn: z.iso.date().nullable(),
    /** What followed 到期 / due when it is not a day. */
    dueText: z.string().max(100).nullable(),
  }),
  /** 回款: a payment, settling open arrears oldest due first; `settle` pays them all (结清 / in full). */
  z.object({
    intent: z.literal('record_payment'),
    customer: mention,
    amountCents: z.number().int().positive().nullable(),
    settle: z.boolean(),
    paidOn: z.iso.date(),
  }),
  /** A departing rep's customers to one person, or by the assignment rules when `to` is null. */
  z.object({ intent: z.literal('hand_over'), from: mention, to: mention.nullable() }),
  z.object({ intent: z.literal('assign_customer'), customer: mention, to: mention }),
  /** `text` names the customer and the person ("华为 李娜"); only the people table can split it. */
  z.object({ intent: z.literal('change_collaborators'), action: z.enum(['add', 'remove']), text: mention }),
  z.object({ intent: z.literal('browse_pool'), query: mention.nullable() }),
  z.object({ intent: z.literal('claim_customer'), customer: mention }),
  z.object({
    intent: z.literal('flag_bad_customer'),
    action: z.enum(['flag', 'unflag']),
    customer: mention,
    note: z.string().max(500).nullable(),
  }),
  z.object({ intent: z.literal('cleansing_report') }),
  z.object({
    intent: z.literal('assignment_rules'),
    action: z.enum(['list', 'add', 'remove']),
    /** add: the conditions (null = any) and the owner's name. */
    rule: z
      .object({
        region: mention.nullable(),
        industry: mention.nullable(),
        size: mention.nullable(),
        grade: mention.nullable(),
        owner: mention.nullable(),
      })
      .nullable(),
    /** remove: the rule's number on the list. */
    position: z.number().int().positive().nullable(),
  }),
  z.object({
    intent: z.literal('add_contact'),
    customer: mention,
    name: mention,
    title: z.string().max(100).nullable(),
    phone: z.string().max(100).nullable(),
    email: z.string().max(200).nullable(),
  }),
  /** 导入 映射 对接人=联系人: columns of the pending import, read as these fields (null: left out). */
  z.object({
    intent: z.literal('import_map'),
    mappings: z.array(z.object({ header: mention, field: z.enum(importFields).nullable() })).max(100),
    /** Pairs as written that are not HEADER=FIELD with a known field. */
    bad: z.array(z.string()),
  }),
]);
export type CrmCommand = z.infer<typeof crmCommandSchema>;
export type CrmIntent = CrmCommand['intent'];

export const crmIntents = [
  'record_sale',
  'record_arrears',
  'record_payment',
  'hand_over',
  'assign_customer',
  'change_collaborators',
  'browse_pool',
  'claim_customer',
  'flag_bad_customer',
  'cleansing_report',
  'assignment_rules',
  'add_contact',
  'import_map',
] as const satisfies readonly CrmIntent[];
