import { myComplaintsCard } from '../../../cards/my-complaints.ts';
import { listOpenComplaints } from '../../db/list-open-complaints.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

/** More than the home card's five: this list is all the person asked for. */
const shown = 20;

/** The open complaints the person owns: the home card's query and lines, on their own. */
export async function listMyComplaints(ctx: Ctx): Promise<Reply> {
  const complaints = await listOpenComplaints(ctx.db, ctx.actor.id, shown);
  const card = myComplaintsCard({
    locale: ctx.actor.locale,
    timeZone: ctx.timeZone,
    now: ctx.now(),
    complaints,
  });
  // Customer names and deadlines: for the person only.
  return reply([card], { private: true });
}
