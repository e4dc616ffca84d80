import { findReportedProblem } from './complaint-cues.ts';
import { type Cue, intentCues, type ScoredIntent } from './intent-cues.ts';
import { readAmount } from './read-amount.ts';

export interface IntentScore {
  intent: ScoredIntent;
  /** How strongly this reading is supported, in [0, 1]; the best reading's score is its confidence. */
  score: number;
}

// Below this a reading is a guess: one leaning cue (聊了, said, a question mark) names no intent.
const minimumEvidence = 1.5;

// A question that asks, not reports: 谁/什么/哪些, a trailing ?/吗/呢, "is Acme …?", "who …".
const questionWords =
  /谁|什么|啥|有没有|是否|哪些|哪个|哪家|哪位|哪天|多少|几级|几[个家位](?=[?？]|$)|怎么样|如何|咋样|[?？]\s*$|[吗呢么嘛]\s*[?？。!！]*\s*$|^(?:is|are|was|were|did|does|do|has|have|can|could|will|would|should)\b(?!\s+(?:a|an|some|lunch|dinner|coffee|breakfast)\b)|^(?:any|who|what|which|when|where|how)\b/i;
// "did a lunch & learn" reports; "did we meet Acme" asks. An auxiliary opens a question only before its subject.
// 提醒我明天给华为打电话 asks for a reminder; the call has not happened.
const reminder = /提醒我|别忘了|记得(?:要|去|给|跟|和)|\bremind me\b|\bdon'?t (?:let me )?forget\b/i;
// The customer rang us (打电话来说, 打过来, 来电说), rather than our calling them.
const incomingCall = /电话(?:过)?来|打(?:了)?过来|来电|来了(?:个|一个|通)?电话|call(?:ed)? (?:us|in|me)\b/i;
const resolved =
  /(?:处理|解决|修|弄|搞|换|调)(?:好|完)了|已(?:经)?(?:解决|修复|处理)|没问题了|恢复(?:正常)?了|\b(?:fixed|resolved|sorted out|working again)\b/i;
const yesNoQuestion =
  /[吗么]\s*[?？。!！]*\s*$|有没有|是否|有无|^any\b|^(?:is|are|was|were|did|does|has|have)\b(?!\s+(?:a|an|some|lunch|dinner|coffee|breakfast)\b)/i;

/**
 * Every reading the cue families support, best first, with its score. Cues add up per intent; then
 * the message as a whole adjusts them: a question with no activity that happened is not a visit
 * report, "is Acme furious?" asks about Acme, a problem raised during a visit is the visit's issue, a
 * sale needs an amount and a past tense. On a tie the reading whose first cue comes earlier wins
 * (「拜访华为时客户抱怨交付慢」 is a visit; 「华为投诉…拜访」 is a complaint).
 */
export function scoreIntents(body: string, extra: Cue[] = []): IntentScore[] {
  const raw = new Map<ScoredIntent, Evidence>();
  const asked = questionClause(body);
  let pastActivity = false;
  let activity = false;
  let futureSale = false;
  const reported = findReportedProblem(body, intentCues);
  for (const cue of [...extra, ...intentCues]) {
    const hit = cue.pattern.exec(body);
    if (!hit) continue;
    // 招行说我们的工程师上门迟到了: the 上门 is in the customer's words, not a visit of ours.
    if (cue.intent === 'log_visit' && reported && hit.index > reported.start && hit.index < reported.end)
      continue;
    if (cue.tag === 'future') {
      futureSale = true;
      continue;
    }
    if (cue.intent === 'log_visit' && cue.weight >= 3) activity = true;
    if (cue.tag === 'past' && cue.intent === 'log_visit' && cue.weight >= 3)
      pastActivity ||= asked === null || cue.pattern.test(body.replace(asked, ' '));
    const entry = raw.get(cue.intent) ?? { score: 0, first: hit.index, problem: 0, strongest: 0 };
    entry.score += cue.weight;
    entry.first = Math.min(entry.first, hit.index);
    entry.strongest = Math.max(entry.strongest, cue.weight);
    if (cue.tag === 'problem') entry.problem += cue.weight;
    raw.set(cue.intent, entry);
  }
  if (reported) addReportedProblem(raw, reported.start);
  adjust(raw, body, { question: asked !== null, activity, pastActivity, futureSale });
  const total = [...raw.values()].reduce((sum, entry) => sum + entry.score, 0);
  return [...raw.entries()]
    .filter(([, entry]) => entry.score >= minimumEvidence && entry.strongest >= minimumEvidence)
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([intent, entry]) => ({ intent, score: round(confidenceOf(entry.score, total)) }));
}

interface Evidence {
  score: number;
  first: number;
  /** What the problem cues added, halved when the problem was raised during a visit. */
  problem: number;
  strongest: number;
}

/** 华为说屏幕有坏点: the customer named as the one who says it adds to the problem it names. */
function addReportedProblem(raw: Map<ScoredIntent, Evidence>, at: number): void {
  const complaint = raw.get('file_complaint') ?? { score: 0, first: at, problem: 0, strongest: 0 };
  complaint.score += 1;
  complaint.problem += 1;
  raw.set('file_complaint', complaint);
}

/**
 * The clause that asks (谁开的会？, "is Acme furious?"), or null when the message asks nothing. An
 * activity in another clause still reports it: 见了张总，他问什么时候交货？ is a visit.
 */
function questionClause(body: string): string | null {
  if (!questionWords.test(body)) return null;
  const clauses = body.split(/[，,。;；!！\n]+/).filter((clause) => clause.trim() !== '');
  return [...clauses].reverse().find((clause) => questionWords.test(clause)) ?? body;
}

function adjust(
  raw: Map<ScoredIntent, Evidence>,
  body: string,
  facts: { question: boolean; activity: boolean; pastActivity: boolean; futureSale: boolean },
): void {
  const visit = raw.get('log_visit');
  const complaint = raw.get('file_complaint');
  if (facts.question && !facts.pastActivity) {
    // 华为那边谁开的会？ / did we meet Acme?: a question about what happened with a customer.
    const asksAbout =
      (visit && visit.strongest >= minimumEvidence ? 1.5 : 0) +
      (complaint && yesNoQuestion.test(body) ? 2 : 0);
    if (visit) visit.score *= 0.3;
    if (complaint && yesNoQuestion.test(body)) complaint.score *= 0.3;
    if (asksAbout > 0) {
      const first = Math.min(visit?.first ?? body.length, complaint?.first ?? body.length);
      const find = raw.get('find_customer') ?? { score: 0, first, problem: 0, strongest: 0 };
      find.score += asksAbout;
      find.strongest = Math.max(find.strongest, asksAbout);
      raw.set('find_customer', find);
    }
  }
  // 见了华为，设备又坏了: the problem is what the visit was about; 投诉 / furious still count in full.
  // 李经理打电话来说登录不了: the customer rang us about a problem, so the call is how it came.
  const calledIn = complaint && complaint.problem > 0 && incomingCall.test(body);
  if (complaint && facts.activity && !calledIn) complaint.score -= complaint.problem / 2;
  if (complaint && calledIn) complaint.score += 2;
  // 划痕问题处理好了 / fixed now: a problem told as solved is news, not a complaint.
  if (complaint && resolved.test(body)) complaint.score -= complaint.problem;
  if (visit && !facts.pastActivity && reminder.test(body)) visit.score *= 0.3;
  const sale = raw.get('record_sale');
  if (sale) {
    if (readAmount(body)) {
      sale.score += 2;
      sale.strongest = Math.max(sale.strongest, 2);
    }
    if (facts.futureSale) sale.score *= 0.3;
  }
}

/**
 * How sure a score is: the evidence for it (one strong cue is about 0.8, two are 0.95), times its
 * share of all the evidence in the message, so a close runner-up lowers it.
 */
function confidenceOf(score: number, total: number): number {
  const strength = 1 - Math.exp(-score / 2);
  const share = total > 0 ? score / total : 0;
  return strength * Math.sqrt(share);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
