import type { Db, Tx } from '../../db/client.ts';
import { type PersonRef, toPersonRef } from '../../db/complaints.ts';
import type { Locale } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';

export type ColleagueMatch =
  | { kind: 'found'; person: PersonRef & { role: string; teamId: number | null } }
  | { kind: 'none' }
  | { kind: 'ambiguous'; count: number };

/** A colleague by name as typed: exact first, then ignoring case ("tom chen"); a leading @ is dropped. */
export async function findColleague(db: Db | Tx, typed: string): Promise<ColleagueMatch> {
  const name = typed.trim().replace(/^@/, '').trim();
  if (name === '') return { kind: 'none' };
  const select = { id: true, name: true, locale: true, role: true, teamId: true } as const;
  let rows = await db.person.findMany({ where: { name }, select });
  if (rows.length === 0) {
    const folded = name.toLowerCase();
    rows = (await db.person.findMany({ select })).filter((row) => row.name.toLowerCase() === folded);
  }
  if (rows.length === 0) return { kind: 'none' };
  if (rows.length > 1) return { kind: 'ambiguous', count: rows.length };
  const row = rows[0]!;
  return { kind: 'found', person: { ...toPersonRef(row), role: row.role, teamId: row.teamId } };
}

/** The refusal for a name that names nobody, or several people. */
export function colleagueProblem(
  match: Exclude<ColleagueMatch, { kind: 'found' }>,
  typed: string,
  locale: Locale,
): string {
  const name = typed.trim();
  if (match.kind === 'ambiguous')
    return t(locale, 'findColleague.countColleaguesAreCalled', { count: match.count, name });
  return t(locale, 'findColleague.nobodyHereIsCalled', { name });
}
