import type { Intent } from './parse-result.ts';
import type { Span } from './text-span.ts';

export type CommandIntent = Extract<
  Intent,
  'log_visit' | 'add_customer' | 'find_customer' | 'file_complaint'
>;

// Command words that open a message. Longest first, so 记录投诉 beats 记录 and complaint beats complain.
const commandWords: [string, CommandIntent][] = (
  [
    ['记录投诉', 'file_complaint'],
    ['登记投诉', 'file_complaint'],
    ['新增投诉', 'file_complaint'],
    ['提交投诉', 'file_complaint'],
    ['投诉', 'file_complaint'],
    ['客诉', 'file_complaint'],
    ['抱怨', 'file_complaint'],
    ['file a complaint', 'file_complaint'],
    ['file complaint', 'file_complaint'],
    ['log a complaint', 'file_complaint'],
    ['new complaint', 'file_complaint'],
    ['complaint', 'file_complaint'],
    ['complain', 'file_complaint'],
    ['记录拜访', 'log_visit'],
    ['拜访记录', 'log_visit'],
    ['记录通话', 'log_visit'],
    ['记录电话', 'log_visit'],
    ['记录会议', 'log_visit'],
    ['电话拜访', 'log_visit'],
    ['上门拜访', 'log_visit'],
    ['记录一下', 'log_visit'],
    ['帮我记一下', 'log_visit'],
    ['帮我记录', 'log_visit'],
    ['记一下', 'log_visit'],
    ['记录', 'log_visit'],
    ['log a visit', 'log_visit'],
    ['log visit', 'log_visit'],
    ['log a call', 'log_visit'],
    ['log call', 'log_visit'],
    ['log a meeting', 'log_visit'],
    ['log meeting', 'log_visit'],
    ['新增客户', 'add_customer'],
    ['添加客户', 'add_customer'],
    ['新建客户', 'add_customer'],
    ['创建客户', 'add_customer'],
    ['新客户', 'add_customer'],
    ['加客户', 'add_customer'],
    ['add a new customer', 'add_customer'],
    ['add a customer', 'add_customer'],
    ['add new customer', 'add_customer'],
    ['add customer', 'add_customer'],
    ['add client', 'add_customer'],
    ['new customer', 'add_customer'],
    ['create customer', 'add_customer'],
    ['查询客户', 'find_customer'],
    ['查客户', 'find_customer'],
    ['查询', 'find_customer'],
    ['查一下', 'find_customer'],
    ['查查', 'find_customer'],
    ['查找', 'find_customer'],
    ['搜索', 'find_customer'],
    ['搜一下', 'find_customer'],
    ['找一下', 'find_customer'],
    ['看看', 'find_customer'],
    ['看一下', 'find_customer'],
    ['查', 'find_customer'],
    ['find customer', 'find_customer'],
    ['find', 'find_customer'],
    ['look up', 'find_customer'],
    ['lookup', 'find_customer'],
    ['search for', 'find_customer'],
    ['search', 'find_customer'],
    ['show customer', 'find_customer'],
    ['who is', 'find_customer'],
    ['tell me about', 'find_customer'],
    ['info on', 'find_customer'],
  ] as [string, CommandIntent][]
).sort((a, b) => b[0].length - a[0].length);

export interface Command {
  intent: CommandIntent;
  span: Span;
}

// Asking nicely first: 帮我新增客户, 请查一下华为, "pls add customer Acme".
const politeHead =
  /^(?:(?:帮我|帮忙|麻烦(?:你)?|请|我要|我想|想|给我)\s*|(?:pls|please|plz|can you|could you)\s+)*/i;
// Adding a customer said with a measure word or the other way round: 加个客户, 新建一家客户, 客户新增.
const addCustomerForm =
  /^(?:(?:新增|添加|新建|创建|增加|录入|登记|建|加|录)(?:一下|一个|个|一家|家)?(?:新)?客户|客户(?:新增|添加|新建|录入))/;

/** The command word that opens the text at `from`, if any; English words must end at a word break. */
export function findCommand(text: string, from: number): Command | null {
  const polite = politeHead.exec(text.slice(from))?.[0].length ?? 0;
  const head = text.slice(from + polite).toLowerCase();
  const start = from + polite;
  const form = addCustomerForm.exec(head);
  if (form) return { intent: 'add_customer', span: { start: from, end: start + form[0].length } };
  for (const [word, intent] of commandWords) {
    if (!head.startsWith(word)) continue;
    if (/[a-z]$/.test(word) && /^[a-z]/i.test(head.slice(word.length))) continue;
    return { intent, span: { start: from, end: start + word.length } };
  }
  return null;
}
