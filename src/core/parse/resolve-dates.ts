import type { DateTime } from 'luxon';
import { findFollowUpCues, hasDeadlineCue } from './follow-up-cues.ts';
import { placeFollowUp, placeOccurrence } from './place-date-mention.ts';
import type { DateMention } from './read-dates.ts';
import { findClause } from './split-clauses.ts';
import type { Span } from './text-span.ts';

export interface ResolvedDates {
  occurredAt: string | null;
  followUpAt: string | null;
  followUpHasTime: boolean;
  followUpUnreadable: boolean;
  /** The clause that carries the follow-up, for nextStep. */
  followUpClause: Span | null;
}

export interface DateRoles {
  occurred: boolean;
  followUp: boolean;
  /** reschedule_followup: the first date from here on is the new one, cue or not. */
  followUpFrom: number | null;
}

/**
 * Decides which date is the follow-up and which the visit. The follow-up is, in order: the date
 * nearest a follow-up cue in its clause (下周二跟进, follow up next Tuesday); else the first deadline
 * (周五前, by Friday); else the first date after today that is not a bare weekday. So in "they want a
 * quote by Friday, follow up next Tuesday" the follow-up is Tuesday. The visit is the first other
 * date not after today that is neither a deadline nor the date a cue belongs to.
 */
export function resolveDates(
  text: string,
  mentions: DateMention[],
  wallNow: DateTime,
  roles: DateRoles,
): ResolvedDates {
  const cues = findFollowUpCues(text);
  const followUp = !roles.followUp
    ? null
    : roles.followUpFrom !== null
      ? (mentions.find((mention) => mention.start >= (roles.followUpFrom ?? 0)) ?? null)
      : pickFollowUp(text, mentions, cues, wallNow);
  const placed = followUp ? placeFollowUp(followUp, wallNow) : null;
  // A deadline or a date next to a follow-up cue is about what comes, never when the visit was.
  const occurred = roles.occurred
    ? mentions
        .filter(
          (mention) =>
            mention !== followUp && !hasDeadlineCue(text, mention) && !ownsCue(text, mention, mentions, cues),
        )
        .map((mention) => placeOccurrence(mention, wallNow))
        .find((at) => at !== null)
    : null;
  const cueClause = cues[0] ? findClause(text, cues[0].start) : null;
  return {
    occurredAt: occurred?.toISO() ?? null,
    followUpAt: placed?.at.toISO() ?? null,
    followUpHasTime: placed?.hasTime ?? false,
    followUpUnreadable: roles.followUp && !followUp && (cues.length > 0 || roles.followUpFrom !== null),
    followUpClause: followUp ? findClause(text, followUp.start) : cueClause,
  };
}

/** True when the mention is the date nearest some cue (昨天…下周二跟进: 下周二 owns 跟进, 昨天 not). */
function ownsCue(text: string, mention: DateMention, mentions: DateMention[], cues: Span[]): boolean {
  return cues.some((cue) => {
    const own = distanceToCue(text, mention, [cue]);
    return (
      own < Number.POSITIVE_INFINITY && mentions.every((other) => distanceToCue(text, other, [cue]) >= own)
    );
  });
}

/** Characters between the mention and the nearest cue in its clause; infinite when there is none. */
function distanceToCue(text: string, mention: DateMention, cues: Span[]): number {
  const clause = findClause(text, mention.start);
  let best = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    if (cue.start < clause.start || cue.end > clause.end) continue;
    if (cue.start < mention.end && mention.start < cue.end) continue;
    best = Math.min(best, cue.start >= mention.end ? cue.start - mention.end : mention.start - cue.end);
  }
  return best;
}

function pickFollowUp(
  text: string,
  mentions: DateMention[],
  cues: Span[],
  wallNow: DateTime,
): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    const distance = distanceToCue(text, mention, cues);
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  if (best) return best;
  const deadline = mentions.find((mention) => hasDeadlineCue(text, mention));
  if (deadline) return deadline;
  // A bare weekday with no cue is as likely a past visit (Met Bob Thursday), so it does not count here.
  const tomorrow = wallNow.startOf('day').plus({ days: 1 });
  return (
    mentions.find((mention) => !mention.weekdayOnly && placeFollowUp(mention, wallNow).at >= tomorrow) ?? null
  );
}
