import { detectWorkflowIntent } from './detect-workflow-intent.ts';
import { type Command, findCommand } from './find-command.ts';
import type { Cue } from './intent-cues.ts';
import type { FollowUpRange, Intent } from './parse-result.ts';
import { readChatPhrase, type SmallTalkKind } from './read-chat-phrase.ts';
import { type FollowUpCommand, readFollowUpCommand, readRange } from './read-follow-up-command.ts';
import { readMergeCommand } from './read-merge-command.ts';
import { type IntentScore, scoreIntents } from './score-intents.ts';

export interface IntentReading {
  intent: Intent;
  /** How sure the reading is, in [0, 1]: 1 for a command that opens the message, 0 for unknown. */
  confidence: number;
  /** The other readings the message supports, best first (the runner-up is the first). */
  alternatives: IntentScore[];
  /** The command word that opens the message (记录拜访, log visit), dropped from the summary. */
  command: Command | null;
  range: FollowUpRange | null;
  followUpRef: number | null;
  /** reschedule_followup: where the new date starts. */
  dateFrom: number | null;
  /** small_talk: what kind, so the reply can answer in kind. */
  smallTalk: SmallTalkKind | null;
}

// The team's day: 日报, 今天的工作总结, 出个报告, "today's report", "generate the daily summary".
const reportPattern =
  /日报|(?:团队|大家|我们组|组里|全组)(?:今天|今日|昨天|这周|本周)?(?:一共|总共|都)?(?:跑了|拜访了|见了|去了|做了)(?:多少|几)(?:个|家)?(?:客户)?|(?:团队|大家)(?:今天|今日|昨天)(?:都)?(?:干了啥|干了什么|做了什么|做了啥)|\bhow many (?:visits|customers|calls) did (?:the team|we|everyone)\b|^(?:我们|我的)?(?:团队|组里|全组|部门)(?:今天|今日|昨天|这周|本周|上周|这个月|本月)的?(?:情况|进展|动态|表现|数据|业绩)(?:怎么样|如何)?[?？。\s]*$|^(?:今天|今日|昨天|这周|本周)?(?:大家|团队|组里|兄弟们)(?:今天|今日|昨天|这周|本周)?(?:跑|干|做|拜访)得(?:怎么样|如何|咋样)|^[\u4e00-\u9fa5]{2,4}(?:今天|今日|昨天|这周|本周|上周|这个月|本月)(?:一共|总共)?(?:跑了|拜访了|见了|去了)(?:多少|几)(?:个|家|次)?(?:客户)?|\bhow (?:did|is|was|are) (?:the team|everyone|everybody|we|the guys|my team) (?:do|doing)\b|今日总结|工作总结|团队报告|团队总结|(?:^|出|生成|发|做|来|给我|帮我出)(?:个|一个|一份|一下|下)?(?:今天|昨天|今日|本日|团队|大家)?的?(?:工作|总结)?(?:报告|总结|汇总)[?？。!！\s\p{Extended_Pictographic}]*$|\b(?:daily|team|today'?s|yesterday'?s|eod|end of day) (?:report|summary|recap)\b|\b(?:generate|create|make|send|run|give me|pull|get)(?: me)? (?:the |a |today'?s |yesterday'?s |daily |team )*(?:report|summary|recap)\b|^(?:daily )?(?:report|summary|recap)[?!.。？！\s]*$|^(?:the |my |our )?reports? (?:for|of) (?:today|yesterday|the day before yesterday|\d{4}-\d{1,2}-\d{1,2}|tomorrow)\b/iu;

// A command word or list phrase met at the start counts as strong evidence, not as the answer:
// 查一下我今天要跟进的客户 asks for the list, 看看华为谁在跟 asks about 华为.
const commandWeight = 3;
const listCommandWeight = 4;

// English CRM words in a Chinese sentence (我今天的 follow up 有哪些, 这周的 to-do) read as the Chinese
// word, and the rarer synonym (Taiwan's 聯絡, 視訊, 教育訓練) as the one the cues know.
const beside = (word: string) =>
  new RegExp(`(?<=[\\u4e00-\\u9fff])\\s*${word}\\s*|\\s*${word}\\s*(?=[\\u4e00-\\u9fff])`, 'gi');
const readAs: [RegExp, string][] = [
  [beside('\\bfollow[- ]?ups?\\b'), '跟进'],
  [beside('\\bto-?dos?\\b'), '待办'],
  [/联络/g, '联系'],
  [/视讯/g, '视频'],
  [/训练/g, '培训'],
];

function mixed(body: string): string {
  return readAs.reduce((text, [word, known]) => text.replace(word, known), body);
}

/** A list of follow-ups asked for in a mixed sentence; numbered commands are read from the text as typed. */
function readFollowUpList(body: string): FollowUpCommand | null {
  const command = readFollowUpCommand(body);
  return command?.intent === 'list_followups' ? command : null;
}

/**
 * Reads what the message asks for. Whole-message forms come first (admin and merge commands, help and
 * small talk, #3 done, reports), then a command word opening the message (记录拜访, 投诉, 新增客户),
 * then the cue families of every intent weighed against each other (scoreIntents). `from` skips a
 * leading @mention. An unclear message is unknown with confidence 0, never a forced guess.
 */
export function detectIntent(text: string, from: number): IntentReading {
  const body = text.slice(from).trim();
  const none = {
    confidence: 1,
    alternatives: [],
    command: null,
    range: null,
    followUpRef: null,
    dateFrom: null,
    smallTalk: null,
  };
  if (body === '') return { ...none, intent: 'unknown', confidence: 0 };
  const workflow = detectWorkflowIntent(body);
  if (workflow) return { ...none, intent: workflow };
  const merge = readMergeCommand(body);
  if (merge) return { ...none, intent: merge.intent };
  const chat = readChatPhrase(body);
  if (chat?.intent === 'help') return { ...none, intent: 'help' };
  if (chat?.intent === 'small_talk') return { ...none, intent: 'small_talk', smallTalk: chat.kind };
  const followUpCommand = readFollowUpCommand(text.slice(from)) ?? readFollowUpList(mixed(body));
  if (followUpCommand?.intent === 'reschedule_followup') {
    const { followUpRef } = followUpCommand;
    return { ...none, intent: 'reschedule_followup', followUpRef, dateFrom: from + followUpCommand.dateFrom };
  }
  if (followUpCommand?.intent === 'complete_followup')
    return { ...none, intent: 'complete_followup', followUpRef: followUpCommand.followUpRef };
  if (reportPattern.test(body)) return { ...none, intent: 'daily_report' };
  const command = findCommand(text, from + text.slice(from).search(/\S/));
  // 记录拜访 … 我的跟进 stays a visit: a command word other than 查/find decides.
  if (command && command.intent !== 'find_customer')
    return { ...none, intent: command.intent, command, confidence: 0.95 };
  const extra: Cue[] = [];
  if (command) extra.push({ intent: 'find_customer', weight: commandWeight, pattern: /^/ });
  if (followUpCommand) extra.push({ intent: 'list_followups', weight: listCommandWeight, pattern: /^/ });
  const [best, ...alternatives] = scoreIntents(mixed(body), extra);
  if (!best) return { ...none, intent: 'unknown', confidence: 0 };
  return {
    ...none,
    intent: best.intent,
    confidence: best.score,
    alternatives,
    command: best.intent === 'find_customer' ? command : null,
    range: best.intent === 'list_followups' ? readRange(body) : null,
    smallTalk: best.intent === 'small_talk' ? 'weather' : null,
  };
}
