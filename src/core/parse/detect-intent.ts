import { detectWorkflowIntent } from './detect-workflow-intent.ts';
import { type Command, findCommand } from './find-command.ts';
import type { FollowUpRange, Intent } from './parse-result.ts';
import { readFollowUpCommand, readRange } from './read-follow-up-command.ts';
import { readMergeCommand } from './read-merge-command.ts';

export interface IntentReading {
  intent: Intent;
  /** The command word that opens the message (记录拜访, log visit), dropped from the summary. */
  command: Command | null;
  range: FollowUpRange | null;
  followUpRef: number | null;
  /** reschedule_followup: where the new date starts. */
  dateFrom: number | null;
}

const helpPattern =
  /^(?:\/?help(?: me| please)?|帮助|帮忙|求助|怎么用|如何使用|使用说明|使用帮助|说明|菜单|功能|你能做什么|你会什么|能做什么|what can you do|what do you do|how (?:do i|to) use(?: (?:this|you|it))?|commands?|menu|\?+)[\s!.?。]*$/i;
const reportPattern =
  /日报|今日总结|团队报告|团队总结|\bdaily (?:report|summary)\b|\bteam (?:report|summary)\b|^(?:the |my |our )?reports? (?:for|of) (?:today|yesterday|the day before yesterday|\d{4}-\d{1,2}-\d{1,2}|tomorrow)\b/i;
const complaintPattern = /投诉|客诉|\bcomplaints?\b|\bcomplain\b/i;
const visitPattern =
  /拜访|拜会|走访|上门|电话|通话|开会|会议|见面|见了|碰面|面谈|会面|聊了|谈了|沟通了|交流了|吃饭|吃了饭|\bvisit(?:ed|ing)?\b|\bmet\b|\bmeeting\b|\bcall with\b|\bcalled\b|\bhad a call\b|\bphone call\b|\bphoned\b|\bspoke (?:with|to)\b|\btalked (?:with|to)\b|\b(?:lunch|dinner|demo) with\b/i;
const overduePattern = /逾期|过期|超期|\boverdue\b/i;
const addPattern =
  /新增客户|添加客户|新建客户|创建客户|\badd (?:a )?(?:new )?customer\b|\bnew customer\b|\bcreate (?:a )?customer\b/i;
const findPattern =
  /^[^,，。]{1,40}?的?(?:情况|资料|信息|详情|档案|近况|怎么样)[?吗呢]*$|客户资料|\bwho is\b|\btell me about\b/i;

/**
 * Reads what the message asks for. Whole-message commands come first (help, #3 done, reports, lists),
 * then a command word opening the message, then cues anywhere: between a complaint word and a visit
 * word the earlier one wins (「拜访华为时客户投诉了交付」 is a visit with an issue), and 抱怨 is a command
 * only without a visit. `from` skips a leading @mention.
 */
export function detectIntent(text: string, from: number): IntentReading {
  const body = text.slice(from).trim();
  const none = { command: null, range: null, followUpRef: null, dateFrom: null };
  if (body === '') return { intent: 'unknown', ...none };
  const workflow = detectWorkflowIntent(body);
  if (workflow) return { intent: workflow, ...none };
  const merge = readMergeCommand(body);
  if (merge) return { intent: merge.intent, ...none };
  if (helpPattern.test(body)) return { intent: 'help', ...none };
  const followUpCommand = readFollowUpCommand(text.slice(from));
  if (followUpCommand?.intent === 'reschedule_followup') {
    return { ...followUpCommand, command: null, range: null, dateFrom: from + followUpCommand.dateFrom };
  }
  if (followUpCommand?.intent === 'complete_followup')
    return { ...followUpCommand, command: null, range: null, dateFrom: null };
  if (reportPattern.test(body)) return { intent: 'daily_report', ...none };
  const command = findCommand(text, from + text.slice(from).search(/\S/));
  // 查一下我的跟进 asks for the list; 记录拜访 … 我的跟进 stays a visit.
  if (followUpCommand && (!command || command.intent === 'find_customer')) {
    return { ...none, intent: 'list_followups', range: followUpCommand.range };
  }
  if (command) return { ...none, intent: command.intent, command };
  const intent = detectByCue(body);
  return { ...none, intent, range: intent === 'list_followups' ? readRange(body) : null };
}

function detectByCue(body: string): Intent {
  const complaintAt = body.search(complaintPattern);
  const visitAt = body.search(visitPattern);
  if (complaintAt >= 0 && (visitAt < 0 || complaintAt < visitAt)) return 'file_complaint';
  if (visitAt >= 0) return 'log_visit';
  if (body.includes('抱怨')) return 'file_complaint';
  if (overduePattern.test(body)) return 'list_followups';
  if (addPattern.test(body)) return 'add_customer';
  if (findPattern.test(body)) return 'find_customer';
  return 'unknown';
}
