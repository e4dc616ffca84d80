import { customerNameIndex } from '../../db/customer-name-index.ts';
import { type CustomerRef, getCustomerRefs, matchCustomer } from '../../db/customers.ts';
import { toScanText } from '../../domain/customers/customer-name-forms.ts';
import { readCustomerMentions } from '../../domain/customers/read-customer-mentions.ts';
import type { Ctx } from '../context.ts';
import type { Draft } from '../draft.ts';
import { overlapsAny } from '../parse/text-span.ts';
import { isVisible } from '../resolve-customer.ts';

/** The most customers a model is shown for one message. */
export const maxCandidates = 10;
// Ids looked at before the visibility check: enough for ten visible ones in an ordinary message, bounded
// for a message that names dozens of companies.
const maxLookedAt = 30;

/**
 * The customers a model may choose from for one message: those the message itself names (the rules'
 * choice, the name index's hits, the database's matches for the rules' mention), only those the asker
 * may see, at most ten. Never the customer list and never a colleague's customer hidden from the asker.
 */
export async function findReadingCandidates(
  ctx: Pick<Ctx, 'db' | 'actor'>,
  draft: Pick<Draft, 'text' | 'parse' | 'customerId' | 'customerIds'>,
): Promise<CustomerRef[]> {
  const ids: number[] = [];
  const add = (id: number) => {
    if (ids.length < maxLookedAt && !ids.includes(id)) ids.push(id);
  };
  if (draft.customerId !== undefined) add(draft.customerId);
  for (const id of draft.customerIds ?? []) add(id);

  const index = await customerNameIndex(ctx.db);
  const mentions = readCustomerMentions(draft.text, index);
  for (const mention of mentions) if (!mention.competitor) for (const id of mention.customerIds) add(id);
  // Everyday words (美的, 平安) count for the rules only in context; the model weighs them itself, so the
  // index's other hits are offered too, longest first — not the shorter names inside a longer one
  // (华为 in 华为终端) nor what the message names as a competitor, which the mentions already settled.
  const hits = index
    .scan(toScanText(draft.text))
    .filter((hit) => !overlapsAny(hit, mentions))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const hit of hits) add(hit.customerId);

  if (draft.parse.customer) {
    const { match } = await matchCustomer(ctx.db, draft.parse.customer);
    if (match.kind === 'found') add(match.customer.id);
    if (match.kind === 'ambiguous') for (const candidate of match.candidates) add(candidate.id);
  }

  const visible: CustomerRef[] = [];
  for (const customer of await getCustomerRefs(ctx.db, ids)) {
    if (visible.length === maxCandidates) break;
    if (await isVisible(ctx, customer)) visible.push(customer);
  }
  return visible;
}
