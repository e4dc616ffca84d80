import { parseCompanyName } from './parse-company-name.ts';
import { type NameMatchScore, scoreNameMatch } from './score-name-match.ts';

export interface CustomerCandidate {
  id: number;
  name: string;
  /** normalizeName(name), as stored. */
  normalizedName: string;
  /** Each alias already through normalizeName. */
  aliases: string[];
  ownerId: number | null;
}

export type CustomerMatch =
  | { kind: 'found'; customer: CustomerCandidate; matchedBy: 'name' | 'alias' | 'prefix' | 'contains' }
  | {
      kind: 'ambiguous';
      candidates: CustomerCandidate[];
      reason: 'same_name' | 'several_close' | 'uncertain';
    }
  | { kind: 'none' };

type Tier = 'exact' | 'close' | 'similar';

interface Ranked {
  candidate: CustomerCandidate;
  score: NameMatchScore;
  tier: Tier;
}

const defaultLimit = 5;

/**
 * Picks the customer a mention means among candidates the database already fetched, or says why it cannot:
 * one exact (name or alias) match is found; several are ambiguous 'same_name'; else one prefix/contains
 * match is found and several are 'several_close'; else look-alikes are 'uncertain' even when alone (the
 * bot asks "did you mean?"). Never a guess. Ambiguous candidates are ordered best first, ties by id, at
 * most `limit` (default 5).
 */
export function rankCustomerMatches(
  mention: string,
  candidates: CustomerCandidate[],
  options: { limit?: number } = {},
): CustomerMatch {
  const limit = Math.max(1, Math.floor(options.limit ?? defaultLimit));
  const parsed = parseCompanyName(mention);
  const ranked = dedupeById(candidates).flatMap((candidate): Ranked[] => {
    const score = scoreNameMatch(parsed.key, candidate.normalizedName, candidate.aliases);
    return score ? [{ candidate, score, tier: placeInTier(score, parsed.regions, candidate) }] : [];
  });
  const pick = (tier: Tier) => ranked.filter((entry) => entry.tier === tier).sort(compareWithin[tier]);
  const list = (entries: Ranked[]) => entries.slice(0, limit).map((entry) => entry.candidate);

  const exact = pick('exact');
  if (exact.length > 1) return { kind: 'ambiguous', candidates: list(exact), reason: 'same_name' };
  if (exact[0]) return toFound(exact[0]);
  const close = pick('close');
  if (close.length > 1) return { kind: 'ambiguous', candidates: list(close), reason: 'several_close' };
  if (close[0]) return toFound(close[0]);
  const similar = pick('similar');
  if (similar.length > 0) return { kind: 'ambiguous', candidates: list(similar), reason: 'uncertain' };
  return { kind: 'none' };
}

// Keys drop leading places, so 青岛啤酒 and 重庆啤酒 share the key 啤酒 and "上海银行" contains-matches
// 招商银行. When the mention named a place, a match only stands if the candidate's name does not contradict
// it: an exact key needs no other place on the candidate, a prefix/contains match needs the same place.
// Otherwise the candidate is only a look-alike.
function placeInTier(score: NameMatchScore, mentionRegions: string[], candidate: CustomerCandidate): Tier {
  if (score.kind === 'similar') return 'similar';
  const tier: Tier = score.kind === 'name' || score.kind === 'alias' ? 'exact' : 'close';
  if (mentionRegions.length === 0) return tier;
  const candidateRegions = parseCompanyName(candidate.name).regions;
  if (candidateRegions.some((region) => mentionRegions.includes(region))) return tier;
  return tier === 'exact' && candidateRegions.length === 0 ? tier : 'similar';
}

const kindOrder: Record<NameMatchScore['kind'], number> = {
  name: 0,
  alias: 1,
  prefix: 2,
  contains: 3,
  similar: 4,
};

const byId = (a: Ranked, b: Ranked) => a.candidate.id - b.candidate.id;

const compareWithin: Record<Tier, (a: Ranked, b: Ranked) => number> = {
  exact: (a, b) => kindOrder[a.score.kind] - kindOrder[b.score.kind] || byId(a, b),
  close: (a, b) =>
    kindOrder[a.score.kind] - kindOrder[b.score.kind] ||
    a.score.keyLength - b.score.keyLength ||
    b.score.similarity - a.score.similarity ||
    byId(a, b),
  similar: (a, b) =>
    b.score.similarity - a.score.similarity || a.score.keyLength - b.score.keyLength || byId(a, b),
};

function toFound({ candidate, score }: Ranked): CustomerMatch {
  // The exact and close tiers never hold a 'similar' score; if one slipped in, asking is the safe answer.
  if (score.kind === 'similar') return { kind: 'ambiguous', candidates: [candidate], reason: 'uncertain' };
  return { kind: 'found', customer: candidate, matchedBy: score.kind };
}

// The database may return one customer twice (matched on its name and on an alias); count it once.
function dedupeById(candidates: CustomerCandidate[]): CustomerCandidate[] {
  const byCustomer = new Map<number, CustomerCandidate>();
  for (const candidate of candidates) {
    if (!byCustomer.has(candidate.id)) byCustomer.set(candidate.id, candidate);
  }
  return [...byCustomer.values()];
}
