import type { FollowUpRange } from './parse-result.ts';
import { readChineseNumber } from './read-chinese-number.ts';

export type FollowUpCommand =
  | { intent: 'complete_followup'; followUpRef: number | null }
  | { intent: 'reschedule_followup'; followUpRef: number; dateFrom: number }
  | { intent: 'list_followups'; range: FollowUpRange };

const n = '(\\d+|[零一二两三四五六七八九十]+)';
const item = `(?:跟进|待办|任务)?\\s*(?:第\\s*)?#?\\s*${n}\\s*(?:号|个|条|项)?\\s*(?:跟进|待办|任务)?`;
// Trailing punctuation and emoji: #2 done ✅.
const end =
  '[\\s!.。！\\p{Extended_Pictographic}\\uFE0F]*(?:[,，]\\s*(?:thanks|thank you|thx|ty|谢谢|谢了)[\\s!.。！]*)?$';

// These commands are short and whole; anchoring them keeps 「完成了3个方案」 in a visit note a visit.
const completePatterns = [
  new RegExp(
    `^(?:把\\s*)?${item}\\s*(?:已经?)?(?:跟进|联系|处理|回访)?(?:完成|搞定|做完|办完|弄完|办妥|完结|结束|完|好|ok|okay|done|✅|✔️?|☑️?)了?${end}`,
    'iu',
  ),
  new RegExp(`^(?:完成|搞定|关闭|结束)了?\\s*${item}${end}`, 'u'),
  // #2 已跟进: done said as the thing that was done.
  new RegExp(`^${item}\\s*已经?(?:跟进|联系|处理|回访|拜访|完成)过?了?${end}`, 'u'),
  // #4 已经发了报价, #4 sent the quote: what was done, after the number (a new date is a reschedule, read first).
  /^#(\d+)\s*(?:(?:已经?|都|刚刚?)\s*\S|[\u4e00-\u9fa5]{1,8}(?:了|过了))|^#(\d+)\s+(?:sent|called|emailed|met|did|finished|delivered|shared|submitted|signed|talked|spoke|replied)\b/iu,
  new RegExp(
    `^(?:mark\\s+)?(?:follow[- ]?up\\s+)?#?(\\d+)\\s+(?:(?:is|as)\\s+)?(?:done|complete|completed|finished|closed)(?:\\s*[-–—:,，]\\s*[^#\\n]{1,60})?${end}`,
    'iu',
  ),
  new RegExp(
    `^(?:done|complete|finish|finished|close|mark)\\s+(?:follow[- ]?up\\s+)?#?(\\d+)(?:\\s+(?:as\\s+)?(?:done|complete|completed|finished))?${end}`,
    'iu',
  ),
];

// 跟进完成了 / follow-up done with no number: still a completion; the caller asks which one.
const completeWithoutRef =
  /^(?:这个|那个)?(?:跟进|待办|任务)(?:已经?)?(?:完成|搞定|做完|办完)了?[\s!.。]*$|^(?:follow[- ]?up\s+)?(?:is\s+)?done[\s!.]*$/i;

const reschedulePatterns = [
  new RegExp(
    `^(?:把\\s*)?${item}\\s*(?:往后|往前)?(?:改到|改为|改成|改期到|改期至|推迟到|推到|延后到|延期到|延到|挪到|调到|调整到|顺延到|提前到|移到)`,
  ),
  // #3 延后一周: shifted by a span of time.
  new RegExp(
    `^(?:把\\s*)?${item}\\s*(?:往后)?(?:延后|推迟|顺延|推后|延期|往后推|提前)(?=\\s*[一二两三四五六七八九十\\d]+\\s*(?:天|周|个星期|星期|小时|个月))`,
  ),
  /^(?:move|reschedule|push|postpone|shift|change|delay)\s+(?:follow[- ]?up\s+)?#?(\d+)\s+(?:back\s+)?(?:to|until|till|for)\b/i,
  // Only the number and the new day: #3 下周一, #5 12/20, #2 next Tuesday.
  /^#(\d+)\s*(?=(?:下下?|这|本)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天](?!.*[了过])|(?:明天|后天|大后天)(?:上午|下午|早上|晚上)?[\s。.!！]*$|\d{1,2}\s*[月/.-]\s*\d{1,2}\s*[日号]?[\s。.!！]*$|(?:next|this)\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*[\s.!]*$|(?:tomorrow|mon|tue|wed|thu|fri)\w*[\s.!]*$)/i,
  // The number first: #1 postpone to Friday, #9 push to next Wed.
  /^(?:follow[- ]?up\s+)?#(\d+)\s+(?:move|reschedule|push|postpone|shift|change|delay)(?:d|ed)?\s+(?:back\s+)?(?:to|until|till|for)\b/i,
];

const listPatterns = [
  // 给我看看逾期的, 过期的有哪些: overdue alone means the overdue follow-ups.
  /^(?:给我|帮我)?(?:看看|看一下|查查|查一下|列出|列一下)?(?:我的)?(?:逾期|过期|超期)(?:了)?的?(?:跟进|待办|任务)?(?:有哪些|是哪些)?[?？吗呢\s]*$/,
  /我的(?:跟进|待办|任务)|跟进(?:列表|清单|事项|任务|提醒)|^待办/,
  // 本周跟进 lists; 明天跟进 / 今天跟进 schedule one (readDateInput asks "<date>跟进" for a date).
  /^(?:本周|这周|这个星期|本星期|所有|全部)?的?(?:跟进|待办)(?:事项|列表|有哪些|是什么)?[?吗呢\s]*$/,
  /^(?:我)?(?:今天|今日|明天|本周|这周|这个星期|本星期)?(?:的|要|需要|有)(?:哪些|什么)?(?:跟进|待办)|(?:要|需要)跟进(?:什么|哪些|谁)/,
  /\bmy follow[- ]?ups?\b|\bfollow[- ]?ups? (?:this week|today|list|due|overdue|for (?:today|this week|the week))\b|\b(?:list|show)(?: me)?(?: my| all| the)?(?: overdue| open| pending| late)? follow[- ]?ups?\b|^(?:today'?s|this week'?s|the week'?s|overdue|open|pending|late) follow[- ]?ups?\b|\bwhat'?s (?:due|overdue)\b|\bdue today\b|\bto-?do list\b/i,
];

/**
 * complete_followup (跟进3完成, 完成第3个, done 3), reschedule_followup (#3 改到周五, move #3 to Friday;
 * `dateFrom` is where the new date starts) and list_followups (我的跟进, 本周跟进, my follow-ups).
 */
export function readFollowUpCommand(text: string): FollowUpCommand | null {
  const trimmed = text.trim();
  const offset = text.indexOf(trimmed);
  for (const pattern of reschedulePatterns) {
    const match = pattern.exec(trimmed);
    const followUpRef = readRef(match?.[1]);
    if (match && followUpRef)
      return { intent: 'reschedule_followup', followUpRef, dateFrom: offset + match[0].length };
  }
  for (const pattern of completePatterns) {
    const match = pattern.exec(trimmed);
    const followUpRef = readRef(match?.[1] ?? match?.[2]);
    if (followUpRef) return { intent: 'complete_followup', followUpRef };
  }
  if (completeWithoutRef.test(trimmed)) return { intent: 'complete_followup', followUpRef: null };
  if (listPatterns.some((pattern) => pattern.test(trimmed)))
    return { intent: 'list_followups', range: readRange(trimmed) };
  return null;
}

/** Overdue first: 今天逾期的 asks for the overdue ones. */
export function readRange(text: string): FollowUpRange {
  if (/逾期|过期|超期|\boverdue\b|\blate\b/i.test(text)) return 'overdue';
  if (/今天|今日|\btoday\b/i.test(text)) return 'today';
  if (/本周|这周|这个星期|本星期|\bthis week\b|\bweek\b/i.test(text)) return 'week';
  return 'all';
}

function readRef(text: string | undefined): number | null {
  const value = text === undefined ? null : readChineseNumber(text);
  return value !== null && value > 0 ? value : null;
}
