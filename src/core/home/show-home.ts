import { homeCard } from '../../../cards/home.ts';
import { listOpenFollowUps } from '../../db/follow-ups.ts';
import { listOpenComplaints } from '../../db/list-open-complaints.ts';
import { listQuietCustomers } from '../../db/quiet-customers.ts';
import { readSetting } from '../../db/settings.ts';
import { careCadenceKey, careCadenceSchema, defaultCareCadence } from '../../domain/care-cadence.ts';
import { type Ctx, reply } from '../context.ts';
import type { Reply } from '../types.ts';

const day = 24 * 60 * 60 * 1000;
const complaintsShown = 5;
const quietShown = 5;

/**
 * A person's home screen: the same queries as "my follow-ups" (today's range, overdue included), the
 * complaint deadlines and the customer-care push, for this person only. Complaints show for those who
 * handle them (service staff and managers) and for anyone who owns one.
 */
export async function showHome(ctx: Ctx): Promise<Reply> {
  const { db, actor, timeZone } = ctx;
  const now = ctx.now();
  const cadence = await readSetting(db, careCadenceKey, careCadenceSchema, defaultCareCadence);
  const [followUps, complaints, quiet] = await Promise.all([
    listOpenFollowUps(db, actor.id, 'today', now, timeZone),
    listOpenComplaints(db, actor.id, complaintsShown),
    listQuietCustomers(db, cadence, now, quietShown, actor.id),
  ]);
  const mine = quiet.get(actor.id) ?? { shown: [], total: 0 };
  const handlesComplaints = actor.role === 'service' || actor.role === 'manager' || complaints.total > 0;
  return reply([
    homeCard({
      locale: actor.locale,
      timeZone,
      now,
      followUps,
      complaints: handlesComplaints ? complaints : null,
      quiet: {
        items: mine.shown.map((c) => ({
          name: c.name,
          grade: c.grade,
          days: Math.floor((now.getTime() - c.since.getTime()) / day),
        })),
        total: mine.total,
      },
    }),
  ]);
}
