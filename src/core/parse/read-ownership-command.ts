import type { CrmCommand } from './crm-command.ts';

type Reader = [pattern: RegExp, build: (part: (group: number) => string | null) => CrmCommand | null];

const rulesWords = '(?:按规则|按分配规则|按照规则|按照分配规则)(?:分配)?';
const to = '\\s*(?:给|到|→|->)\\s*';

// Tried in order on the whole message; `d` gives each group's offsets, so names come from what was typed.
const readers: Reader[] = [
  [
    new RegExp(`^(?:把\\s*)?(.+?)\\s*的客户\\s*(?:交接|移交|转交|转)${to}(.+)$`, 'd'),
    (part) => handOver(part(1), part(2)),
  ],
  [
    new RegExp(`^(?:交接|移交)\\s*(.+?)\\s*(?:的客户)?\\s*${rulesWords}$`, 'd'),
    (part) => handOver(part(1), null),
  ],
  [new RegExp(`^(?:交接|移交)\\s*(.+?)\\s*(?:的客户)?${to}(.+)$`, 'd'), (part) => handOver(part(1), part(2))],
  [
    /^hand\s*over\s+(.+?)(?:'s customers)?\s+by\s+(?:the\s+)?(?:assignment\s+)?rules$/di,
    (part) => handOver(part(1), null),
  ],
  [/^hand\s*over\s+(.+?)(?:'s customers)?\s+to\s+(.+)$/di, (part) => handOver(part(1), part(2))],
  [
    /^(?:分配规则|归属规则|查看分配规则|分配规则列表)$|^(?:list |show )?assignment rules$/di,
    () => rules('list'),
  ],
  [
    /^(?:删除|移除)分配规则\s*#?(\d+)$|^(?:remove|delete) assignment rule\s*#?(\d+)$/di,
    (part) => removeRule(part(1) ?? part(2)),
  ],
  [
    /^(?:添加|新增|增加)分配规则\s*[:：]?\s*(.+)$|^add (?:an )?assignment rule\s*:?\s*(.+)$/di,
    (part) => addRule(part(1) ?? part(2)),
  ],
  [new RegExp(`^(?:分配|指派)\\s*(?:客户)?\\s*(.+?)${to}(.+)$`, 'd'), (part) => assign(part(1), part(2))],
  [/^assign\s+(?:customer\s+)?(.+?)\s+to\s+(.+)$/di, (part) => assign(part(1), part(2))],
  [
    /^(?:添加|增加|新增|加)协作(?:人|者)\s*(.+)$|^add (?:a )?collaborator(?:\s+(?:to|on|for))?\s+(.+)$/di,
    (part) => collaborators('add', part(1) ?? part(2)),
  ],
  [
    /^(?:移除|删除|去掉|取消)协作(?:人|者)\s*(.+)$|^remove (?:the )?collaborator(?:\s+(?:from|on))?\s+(.+)$/di,
    (part) => collaborators('remove', part(1) ?? part(2)),
  ],
  [
    /^(?:我要|我想|我来|帮我|请)?(?:从公海)?(?:领取|认领)(?:一下|下)?(?:客户)?\s*(.+?)(?:\s*从公海)?$|^(?:i(?:'d| would)? (?:like|want) to |let me |i'?ll )?claim\s+(?:customer\s+)?(.+?)(?:\s+from (?:the )?pool)?$/di,
    (part) => claim(part(1) ?? part(2)),
  ],
  // 汇川技术我来跟吧, 安恒归我了: the customer first, taking it said after.
  [
    /^(\S+?)\s*(?:我来跟(?:进)?|我来负责|我(?:想|要|来)?(?:接过来|接手)|我来接|我接了|归我(?:了|吧)?|给我吧|我认领)(?:吧|了|啊)?[。.!！\s]*$/d,
    (part) => claim(part(1)),
  ],
  [
    /^(?:查看|浏览|搜索)?公海(?:客户|池)?(?:\s*(?:搜索|查找|查询|找))?(?:\s*(.+))?$/d,
    (part) => ({ intent: 'browse_pool', query: part(1) }),
  ],
  [
    /^(?:search (?:the )?(?:public |customer )?pool(?: for)?|(?:(?:show|list|browse|open|view|see)(?: me)? )?(?:the )?(?:public |customer )?pool(?:\s+(?:search|find))?(?: for)?)(?:\s+(.+))?$/di,
    (part) => ({ intent: 'browse_pool', query: part(1) }),
  ],
];

/** Ownership and public-pool commands: 交接, 分配, 协作人, 分配规则, 公海, 领取 and their English forms. */
export function readOwnershipCommand(match: string, original: string): CrmCommand | null {
  for (const [pattern, build] of readers) {
    const hit = pattern.exec(match);
    if (!hit) continue;
    const part = (group: number): string | null => {
      const at = hit.indices?.[group];
      const value = at
        ? original
            .slice(at[0], at[1])
            .trim()
            .replace(/[。!！?？]+$/, '')
        : '';
      return value === '' ? null : value;
    };
    return build(part);
  }
  return null;
}

function handOver(from: string | null, target: string | null): CrmCommand | null {
  return from ? { intent: 'hand_over', from, to: target } : null;
}

function assign(customer: string | null, target: string | null): CrmCommand | null {
  return customer && target ? { intent: 'assign_customer', customer, to: target } : null;
}

function collaborators(action: 'add' | 'remove', text: string | null): CrmCommand | null {
  return text ? { intent: 'change_collaborators', action, text } : null;
}

function claim(customer: string | null): CrmCommand | null {
  return customer ? { intent: 'claim_customer', customer } : null;
}

function rules(action: 'list'): CrmCommand {
  return { intent: 'assignment_rules', action, rule: null, position: null };
}

function removeRule(position: string | null): CrmCommand | null {
  const n = Number(position);
  return Number.isInteger(n) && n > 0
    ? { intent: 'assignment_rules', action: 'remove', rule: null, position: n }
    : null;
}

const ruleKeys: [key: 'region' | 'industry' | 'size' | 'grade' | 'owner', words: string][] = [
  ['region', '地区|地區|区域|區域|城市|region|city'],
  ['industry', '行业|行業|industry'],
  ['size', '规模|規模|size'],
  ['grade', '等级|等級|级别|級別|grade'],
  ['owner', '负责人|負責人|归属|歸屬|owner'],
];
const ruleKeyPattern = new RegExp(ruleKeys.map(([, words]) => `(${words})\\s*[=:：]\\s*`).join('|'), 'gi');

/** 地区=深圳 行业=金融 负责人=李娜 / region=Shenzhen, owner=Tom Chen: each value runs to the next key. */
function addRule(text: string | null): CrmCommand | null {
  if (!text) return null;
  const rule = { region: null, industry: null, size: null, grade: null, owner: null } as Record<
    (typeof ruleKeys)[number][0],
    string | null
  >;
  const hits = [...text.matchAll(ruleKeyPattern)];
  if (hits.length === 0) return null;
  hits.forEach((hit, i) => {
    const key = ruleKeys[hit.slice(1).findIndex((group) => group !== undefined)]![0];
    const end = hits[i + 1]?.index ?? text.length;
    const value = text
      .slice(hit.index + hit[0].length, end)
      .replace(/[\s,，;；、]+$/, '')
      .trim();
    rule[key] = value === '' ? null : value;
  });
  return { intent: 'assignment_rules', action: 'add', rule: { ...rule }, position: null };
}
