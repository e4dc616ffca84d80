import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { categoryLabel } from './complaint-labels.ts';
import { pick } from './text.ts';

export interface RoutingRuleLine {
  id: number;
  category: string | null;
  region: string | null;
  grade: string | null;
  customerOwner: string | null;
  person: string | null;
  team: string | null;
  strategy: string;
}

export interface RoutingRulesView {
  locale: Locale;
  rules: RoutingRuleLine[];
  defaultOwner: string | null;
  /** What just changed, for the title: "已添加规则 #3". */
  headline?: { zh: string; en: string };
}

/** The routing rules in the order they are tried, written the way an admin types them. */
export function routingRulesCard(view: RoutingRulesView): Card {
  const l = view.locale;
  const lines = view.rules.map((rule, index) => `${index + 1}. #${rule.id} ${describeRule(rule, l)}`);
  const fallback = view.defaultOwner
    ? pick(
        l,
        `都不匹配时：默认处理人 ${view.defaultOwner}`,
        `When none matches: the default owner, ${view.defaultOwner}`,
      )
    : pick(
        l,
        '都不匹配时：未结客诉最少的客服',
        'When none matches: the service colleague with the fewest open complaints',
      );
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? pick(l, view.headline.zh, view.headline.en)
      : pick(l, '客诉分配规则', 'Complaint routing rules'),
    sections: [
      {
        text:
          lines.length > 0
            ? `${pick(l, '按顺序匹配，第一条命中的规则决定处理人：', 'Tried in order; the first that matches names the owner:')}\n${lines.join('\n')}`
            : pick(l, '还没有规则。', 'No rules yet.'),
      },
      { text: fallback },
    ],
    buttons: [],
    footer: pick(
      l,
      '添加：添加客诉规则 类别=质量 处理人=赵客服 · 修改：修改客诉规则 #2 地区=深圳 · 删除：删除客诉规则 #2',
      'Add: add routing rule category=delivery team=售后 strategy=round_robin · Change: change routing rule 2 region=Shenzhen · Delete: delete routing rule 2',
    ),
  };
}

function describeRule(rule: RoutingRuleLine, l: Locale): string {
  const conditions = [
    rule.category && `${pick(l, '类别', 'category')}=${categoryLabel(rule.category, l)}`,
    rule.region && `${pick(l, '地区', 'region')}=${rule.region}`,
    rule.grade && `${pick(l, '等级', 'grade')}=${rule.grade}`,
    rule.customerOwner && `${pick(l, '客户负责人', 'customer_owner')}=${rule.customerOwner}`,
  ].filter(Boolean);
  const when = conditions.length > 0 ? conditions.join(' ') : pick(l, '所有客诉', 'every complaint');
  const strategy =
    rule.strategy === 'round_robin' ? pick(l, '轮流', 'round robin') : pick(l, '未结最少', 'least loaded');
  const target = rule.person
    ? rule.person
    : rule.team
      ? pick(l, `团队 ${rule.team}（${strategy}）`, `team ${rule.team} (${strategy})`)
      : pick(l, '（处理人已不存在）', '(owner no longer exists)');
  return `${when} → ${target}`;
}
