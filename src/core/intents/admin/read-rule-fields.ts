import { isRoutingStrategy, type RoutingStrategy } from '../../../domain/complaints/route-complaint.ts';
import type { ComplaintCategory } from '../../../domain/vocabulary.ts';

/** A routing rule as an admin typed it: names are checked against the people and teams later. */
export interface RuleFields {
  category?: ComplaintCategory | null;
  region?: string | null;
  grade?: string | null;
  /** The customer's owner (a sales rep), by name. */
  customerOwner?: string | null;
  /** Who gets the complaint: a person or a team, by name. */
  person?: string | null;
  team?: string | null;
  strategy?: RoutingStrategy;
  position?: number;
}

export type Problem = { kind: 'invalid'; zh: string; en: string };

type Key = keyof RuleFields;

// Longest first inside each group; the leftmost key wins, so 客户负责人 is not read as 负责人.
const ruleKeys: [Key, string][] = [
  ['customerOwner', '客户负责人|客户归属|销售|\\bcustomer[_ ]owner\\b|\\brep\\b|\\bsales\\b'],
  ['category', '类别|类型|分类|\\bcategory\\b'],
  ['region', '地区|区域|城市|\\bregion\\b|\\bcity\\b'],
  ['grade', '客户等级|等级|级别|\\bgrade\\b'],
  ['person', '处理人|负责人|\\bassignee\\b|\\bhandler\\b|\\bowner\\b|\\bperson\\b'],
  ['team', '客服组|团队|小组|\\bteam\\b|\\bgroup\\b'],
  ['strategy', '分配方式|方式|策略|\\bstrategy\\b|\\bmode\\b'],
  ['position', '位置|顺序|\\bposition\\b|\\border\\b'],
];
const keyPattern = new RegExp(ruleKeys.map(([, words]) => `(${words})\\s*[=:]\\s*`).join('|'), 'gi');
const trailing = /[\s,，;；、。]+$/;
const clearWords = /^(?:无|不限|任意|全部|-|none|any|all)$/i;

const categoryWords: [RegExp, ComplaintCategory][] = [
  [/^(?:质量|quality)$/i, 'quality'],
  [/^(?:交付|发货|物流|delivery)$/i, 'delivery'],
  [/^(?:服务|service)$/i, 'service'],
  [/^(?:账务|财务|发票|billing|invoice)$/i, 'billing'],
  [/^(?:其他|other)$/i, 'other'],
];
const strategyWords: [RegExp, RoutingStrategy][] = [
  [/^(?:轮流|轮询|轮换|依次|round[_ -]?robin|rr)$/i, 'round_robin'],
  [/^(?:最少|最闲|负载最少|最少负载|least[_ -]?loaded|least)$/i, 'least_loaded'],
];

/**
 * 「类别=质量 地区=深圳 处理人=赵客服」 / "category=delivery team=售后 strategy=round_robin": each value
 * runs to the next key, so English names keep their spaces. `match` is the simplified, half-width copy
 * of `original` (same offsets); names are taken from what was typed.
 */
export function readRuleFields(match: string, original: string): RuleFields | Problem {
  const hits = [...match.matchAll(keyPattern)];
  const lead = match.slice(0, hits[0]?.index ?? match.length).trim();
  if (hits.length === 0 || lead !== '')
    return problem(
      `看不懂「${lead || original.trim()}」。规则写成「字段=值」，例如：类别=质量 处理人=赵客服。`,
      `I cannot read "${lead || original.trim()}". Write fields as key=value, e.g. category=quality owner=Zhao.`,
    );
  const fields: RuleFields = {};
  for (const [i, hit] of hits.entries()) {
    const key = ruleKeys[hit.slice(1).findIndex((group) => group !== undefined)]![0];
    const start = hit.index + hit[0].length;
    const end = hits[i + 1]?.index ?? match.length;
    const value = match.slice(start, end).replace(trailing, '');
    const typed = original.slice(start, start + value.length).trim();
    const stray = /([\p{L}_]+)\s*[=:]/u.exec(value);
    if (stray)
      return problem(
        `不认识「${stray[1]}」这个字段。可用：类别、地区、等级、客户负责人、处理人、团队、方式、位置。`,
        `I do not know the field "${stray[1]}". Use category, region, grade, customer_owner, owner, team, strategy, position.`,
      );
    const read = readValue(key, value.trim(), typed);
    if ('kind' in read) return read;
    Object.assign(fields, read);
  }
  return fields;
}

function readValue(key: Key, value: string, typed: string): Partial<RuleFields> | Problem {
  if (value === '') return problem(`「${key}」后面没有写值。`, `"${key}" has no value.`);
  const clear = clearWords.test(value);
  switch (key) {
    case 'category': {
      if (clear) return { category: null };
      const category = categoryWords.find(([pattern]) => pattern.test(value))?.[1];
      return category
        ? { category }
        : problem(
            `没有「${typed}」这个类别，可选：质量、交付、服务、账务、其他。`,
            `There is no category "${typed}"; choose quality, delivery, service, billing or other.`,
          );
    }
    case 'grade':
      if (clear) return { grade: null };
      return /^[A-D]$/i.test(value)
        ? { grade: value.toUpperCase() }
        : problem(
            `客户等级只能是 A、B、C、D，不是「${typed}」。`,
            `A grade is A, B, C or D, not "${typed}".`,
          );
    case 'strategy': {
      const strategy = strategyWords.find(([pattern]) => pattern.test(value))?.[1];
      return strategy && isRoutingStrategy(strategy)
        ? { strategy }
        : problem(
            `分配方式只能是「轮流」或「最少」（未结客诉最少的人），不是「${typed}」。`,
            `The strategy is round_robin or least_loaded, not "${typed}".`,
          );
    }
    case 'position': {
      const position = Number(value.replace(/^#/, ''));
      return Number.isInteger(position) && position > 0
        ? { position }
        : problem(`位置要写成正整数，例如 位置=1。`, `The position is a whole number, e.g. position=1.`);
    }
    default:
      return { [key]: clear ? null : typed };
  }
}

export function problem(zh: string, en: string): Problem {
  return { kind: 'invalid', zh, en };
}
