import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
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
    ? t(l, 'complaintRouting.whenNoneMatchesThe', { defaultOwner: view.defaultOwner })
    : t(l, 'complaintRouting.whenNoneMatchesThe2');
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? pick(l, view.headline.zh, view.headline.en)
      : t(l, 'complaintRouting.complaintRoutingRules'),
    sections: [
      {
        text:
          lines.length > 0
            ? `${t(l, 'complaintRouting.triedInOrderThe')}\n${lines.join('\n')}`
            : t(l, 'complaintRouting.noRulesYet'),
      },
      { text: fallback },
    ],
    buttons: [],
    footer: t(l, 'complaintRouting.addAddRoutingRule'),
  };
}

function describeRule(rule: RoutingRuleLine, l: Locale): string {
  const conditions = [
    rule.category && `${t(l, 'complaintRouting.category')}=${categoryLabel(rule.category, l)}`,
    rule.region && `${t(l, 'complaintRouting.region')}=${rule.region}`,
    rule.grade && `${t(l, 'complaintRouting.grade')}=${rule.grade}`,
    rule.customerOwner && `${t(l, 'complaintRouting.customerOwner')}=${rule.customerOwner}`,
  ].filter(Boolean);
  const when = conditions.length > 0 ? conditions.join(' ') : t(l, 'complaintRouting.everyComplaint');
  const strategy =
    rule.strategy === 'round_robin'
      ? t(l, 'complaintRouting.roundRobin')
      : t(l, 'complaintRouting.leastLoaded');
  const target = rule.person
    ? rule.person
    : rule.team
      ? t(l, 'complaintRouting.teamTeamStrategy', { team: rule.team, strategy })
      : t(l, 'complaintRouting.ownerNoLongerExists');
  return `${when} → ${target}`;
}
