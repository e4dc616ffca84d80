import {
  type DurationText,
  readDuration,
  toCalendarMinutes,
} from '../../../domain/complaints/deadline-policy.ts';
import { readClock, type WorkingTimeSetting } from '../../../domain/complaints/working-time.ts';
import type { Severity } from '../../../domain/vocabulary.ts';
import { normalizeText } from '../../parse/normalize-text.ts';
import { readChineseNumber } from '../../parse/read-chinese-number.ts';
import { type Problem, problem, type RuleFields, readRuleFields } from './read-rule-fields.ts';

export type Grade = 'A' | 'B' | 'C' | 'D';

export type AdminCommand =
  | { kind: 'help' }
  | { kind: 'list_rules' }
  | { kind: 'add_rule'; fields: RuleFields }
  | { kind: 'change_rule'; ruleId: number; fields: RuleFields }
  | { kind: 'delete_rule'; ruleId: number }
  | { kind: 'set_default_owner'; name: string | null }
  | { kind: 'list_deadlines' }
  | { kind: 'set_deadline'; severity: Severity; acknowledge: DurationText; resolve: DurationText }
  | { kind: 'set_working_time'; value: WorkingTimeSetting }
  | { kind: 'list_care_cadence' }
  | { kind: 'set_care_cadence'; grade: Grade; days: number }
  | { kind: 'set_person'; field: 'role' | 'team'; rest: string };

type Reader = (rest: { match: string; original: string }) => AdminCommand | Problem;

const rule = '(?:客诉|投诉)(?:路由|分配)?规则';
const commands: [RegExp, Reader][] = [
  [/^(?:管理命令|管理员命令|管理帮助|admin (?:help|commands))$/i, () => ({ kind: 'help' })],
  [
    new RegExp(`^(?:查看)?${rule}(?:列表)?$|^(?:(?:list|show)\\s+)?(?:complaint\\s+)?routing rules$`, 'i'),
    () => ({ kind: 'list_rules' }),
  ],
  [
    new RegExp(`^(?:添加|新增|增加)${rule}|^add\\s+(?:an?\\s+)?(?:complaint\\s+)?routing rule\\b`, 'i'),
    readAddRule,
  ],
  [
    new RegExp(
      `^(?:修改|更改|编辑)${rule}|^(?:change|edit|update)\\s+(?:complaint\\s+)?routing rule\\b`,
      'i',
    ),
    readChangeRule,
  ],
  [
    new RegExp(`^(?:删除|移除)${rule}|^(?:delete|remove)\\s+(?:complaint\\s+)?routing rule\\b`, 'i'),
    readDeleteRule,
  ],
  [/^设置?(?:客诉)?默认处理人|^set (?:the )?default (?:complaint )?owner\b/i, readDefaultOwner],
  [
    /^(?:查看)?(?:客诉)?期限$|^(?:(?:list|show)\s+)?(?:complaint\s+)?deadlines$/i,
    () => ({ kind: 'list_deadlines' }),
  ],
  [/^设置(?:客诉)?期限|^set (?:complaint )?deadlines?\b/i, readDeadline],
  [/^设置(?:客诉)?工作时间|^set (?:complaint )?working (?:time|hours)\b/i, readWorkingTime],
  [
    /^(?:查看)?(?:客户)?关怀周期$|^(?:(?:list|show)\s+)?care cadences?$/i,
    () => ({ kind: 'list_care_cadence' }),
  ],
  [/^设置(?:客户)?关怀周期|^set care cadences?\b/i, readCareCadence],
  [
    /^(?:设置|修改|更改)(?:人员)?角色|^(?:set|change) (?:the )?role(?: of)?\b/i,
    (rest) => readSetPerson('role', rest),
  ],
  [
    /^(?:设置|修改|更改)(?:人员)?(?:团队|小组)|^(?:set|change) (?:the )?team(?: of)?\b/i,
    (rest) => readSetPerson('team', rest),
  ],
];

/**
 * An admin command, read from the whole message; the grammar is listed by 「管理命令」 / "admin help"
 * (cards/complaint-admin-help.ts). Something that opens like a command but does not fit is a Problem
 * that says how to write it.
 */
export function readAdminCommand(text: string): AdminCommand | Problem {
  const normalized = normalizeText(text);
  const from = /^(?:\s*@\S+)*\s*/.exec(normalized.match)?.[0].length ?? 0;
  const match = normalized.match.slice(from).trimEnd();
  const original = normalized.original.slice(from, from + match.length);
  for (const [pattern, read] of commands) {
    const hit = pattern.exec(match);
    if (!hit) continue;
    const end = hit[0].length;
    return read({ match: match.slice(end), original: original.slice(end) });
  }
  return problem(
    '没看懂这条管理命令。发「管理命令」查看写法。',
    'I did not understand that admin command. Send "admin help" for the forms.',
  );
}

function readAddRule(rest: { match: string; original: string }): AdminCommand | Problem {
  const body = stripColon(rest);
  const fields = readRuleFields(body.match, body.original);
  return 'kind' in fields ? fields : { kind: 'add_rule', fields };
}

function readChangeRule(rest: { match: string; original: string }): AdminCommand | Problem {
  const ref = /^\s*#?\s*(\d+)\s*[:：]?\s*/.exec(rest.match);
  if (!ref)
    return problem(
      '要改哪条规则？例如「修改客诉规则 #2 处理人=李娜」。',
      'Which rule? E.g. "change routing rule 2 owner=Li Na".',
    );
  const fields = readRuleFields(rest.match.slice(ref[0].length), rest.original.slice(ref[0].length));
  return 'kind' in fields ? fields : { kind: 'change_rule', ruleId: Number(ref[1]), fields };
}

function readDeleteRule(rest: { match: string; original: string }): AdminCommand | Problem {
  const ref = /^\s*#?\s*(\d+)\s*$/.exec(rest.match);
  return ref
    ? { kind: 'delete_rule', ruleId: Number(ref[1]) }
    : problem('要删除哪条规则？例如「删除客诉规则 #2」。', 'Which rule? E.g. "delete routing rule 2".');
}

function readDefaultOwner(rest: { match: string; original: string }): AdminCommand | Problem {
  const lead = /^\s*(?:to\b|为|是|=|:|：)?\s*/i.exec(rest.match)![0].length;
  const name = rest.original.slice(lead).trim();
  if (name === '')
    return problem('默认处理人是谁？例如「设置默认处理人 赵客服」。', 'Who? E.g. "set default owner Zhao".');
  return { kind: 'set_default_owner', name: /^(?:无|不设|清除|none|clear|-)$/i.test(name) ? null : name };
}

const severityWords: [RegExp, Severity][] = [
  [/^(?:特急|非常紧急|urgent)/i, 'urgent'],
  [/^(?:紧急|高|high)/i, 'high'],
  [/^(?:一般|普通|中|normal|medium)/i, 'normal'],
  [/^(?:不急|低|low)/i, 'low'],
];
const durationPattern =
  /(\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+|半)\s*个?\s*(分钟|分|小时|钟头|工作日|天|日|minutes?|mins?|m|hours?|hrs?|h|(?:working\s+)?days?|d)(?![a-z])/gi;
const deadlineUsage = problem(
  '请这样写：「设置期限 紧急 2小时 24小时」——紧急程度（特急、紧急、一般、不急），再写响应期限和解决期限。',
  'Write it like "set deadline urgent 30m 4h": the severity (urgent, high, normal, low), then the time to acknowledge and to resolve.',
);

function readDeadline(rest: { match: string; original: string }): AdminCommand | Problem {
  const text = rest.match.trim();
  const severity = severityWords.find(([pattern]) => pattern.test(text));
  if (!severity) return deadlineUsage;
  const spans = [...text.slice(severity[0].exec(text)![0].length).matchAll(durationPattern)];
  if (spans.length !== 2) return deadlineUsage;
  const [acknowledge, resolve] = spans.map((span) => toDurationText(span[1]!, span[2]!));
  if (!acknowledge || !resolve)
    return problem(
      '期限要写成整数分钟、小时（可带一位小数）或整数天，例如 30分钟、1.5小时、3天。',
      'Use whole minutes, hours (one decimal is fine) or whole days: 30m, 1.5h, 3d.',
    );
  if (toCalendarMinutes(readDuration(acknowledge)!) > toCalendarMinutes(readDuration(resolve)!))
    return problem(
      '响应期限不能比解决期限长。',
      'The time to acknowledge cannot be longer than the time to resolve.',
    );
  return { kind: 'set_deadline', severity: severity[1], acknowledge, resolve };
}

function toDurationText(amountText: string, unitText: string): DurationText | null {
  const amount = amountText === '半' ? 0.5 : (readChineseNumber(amountText) ?? Number(amountText));
  const unit = unitText.toLowerCase();
  const minutes = /^(?:分钟|分|minutes?|mins?|m)$/.test(unit)
    ? amount
    : /^(?:小时|钟头|hours?|hrs?|h)$/.test(unit)
      ? amount * 60
      : null;
  if (minutes === null) return Number.isInteger(amount) && amount > 0 ? `${amount}d` : null;
  if (!Number.isInteger(minutes) || minutes <= 0) return null;
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

function readWorkingTime(rest: { match: string; original: string }): AdminCommand | Problem {
  const text = rest.match.replace(/^\s*(?:to\b|为|=|:|：)?\s*/i, '').trim();
  if (/^(?:开|开启|打开|启用|是|on|true|yes|enable|enabled)$/i.test(text))
    return { kind: 'set_working_time', value: true };
  if (/^(?:关|关闭|停用|否|off|false|no|disable|disabled)$/i.test(text))
    return { kind: 'set_working_time', value: false };
  const range = /^(\d{1,2}(?::\d{2})?)\s*点?\s*(?:-|~|–|—|至|到|to)\s*(\d{1,2}(?::\d{2})?)\s*点?$/i.exec(
    text,
  );
  const [start, end] = [range?.[1], range?.[2]].map(
    (time) => time && (time.includes(':') ? time : `${time}:00`),
  );
  if (
    start &&
    end &&
    readClock(start) !== null &&
    readClock(end) !== null &&
    readClock(start)! < readClock(end)!
  )
    return { kind: 'set_working_time', value: { start: start.padStart(5, '0'), end: end.padStart(5, '0') } };
  return problem(
    '请这样写：「设置工作时间 开」「设置工作时间 关」或「设置工作时间 09:00-18:00」。',
    'Write "set working time on", "set working time off" or "set working time 09:00-18:00".',
  );
}

function readCareCadence(rest: { match: string; original: string }): AdminCommand | Problem {
  const hit =
    /^\s*([A-D])\s*(?:类|级|类客户|级客户)?\s*[=:：]?\s*(?:to\s+)?(\d+|[零一二两三四五六七八九十百]+)\s*(?:天|日|days?)?$/i.exec(
      rest.match,
    );
  const days = hit ? readChineseNumber(hit[2]!) : null;
  if (!hit || days === null || days < 1 || days > 3650)
    return problem(
      '请这样写：「设置关怀周期 A 7」——客户等级 A–D 和天数。',
      'Write it like "set care cadence B 14": the grade A–D and a number of days.',
    );
  return { kind: 'set_care_cadence', grade: hit[1]!.toUpperCase() as Grade, days };
}

function readSetPerson(field: 'role' | 'team', rest: { original: string }): AdminCommand | Problem {
  const text = rest.original.replace(/^\s*[:：]?\s*/, '').trim();
  if (!/\S+\s+\S+/.test(text) && !/[=:：]/.test(text))
    return field === 'role'
      ? problem(
          '请这样写：「设置角色 张伟 经理」——姓名，再写角色（销售、经理、客服、管理员）。',
          'Write it like "set role Zhang Wei manager": the name, then the role (rep, manager, service, admin).',
        )
      : problem(
          '请这样写：「设置团队 张伟 华南组」——姓名，再写团队。',
          'Write it like "set team Zhang Wei South": the name, then the team.',
        );
  return { kind: 'set_person', field, rest: text };
}

function stripColon(rest: { match: string; original: string }) {
  const lead = /^\s*[:：]?\s*/.exec(rest.match)![0].length;
  return { match: rest.match.slice(lead), original: rest.original.slice(lead) };
}
