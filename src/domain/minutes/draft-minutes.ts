import type { MinutesContent } from './minutes-content.ts';

export interface VisitFacts {
  author: string;
  contacts: string[];
  summary: string;
  needs: string | null;
  issues: string | null;
  competitor: string | null;
  nextStep: string | null;
  followUp: { title: string; day: string } | null;
}

// Words that tell how the customer took it; the clause holding one is the reaction.
const reactionPattern =
  /满意|认可|感兴趣|很有兴趣|积极|犹豫|顾虑|担心|不满|反感|拒绝|同意|接受|好评|interested|positive|happy|pleased|hesitant|concerned|worried|unhappy|rejected|agreed|keen/i;

/** The minutes the rules can write at once from what the parser read; the model may improve them. */
export function draftMinutes(visit: VisitFacts): MinutesContent {
  return {
    attendees: [visit.author, ...visit.contacts.filter((name) => name !== visit.author)],
    topics: visit.summary,
    needs: visit.needs,
    issues: visit.issues,
    competitors: visit.competitor,
    reaction: findReaction(visit.summary),
    actions: visit.followUp
      ? [{ what: visit.followUp.title, owner: visit.author, due: visit.followUp.day }]
      : [],
    nextStep: visit.nextStep,
  };
}

function findReaction(text: string): string | null {
  const clauses = text.split(/[，,。；;.!！?？\n]+/);
  const hit = clauses.find((clause) => reactionPattern.test(clause));
  return hit ? hit.trim() : null;
}
