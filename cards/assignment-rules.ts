import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';

export interface AssignmentRulesView {
  locale: Locale;
  rules: {
    region: string | null;
    industry: string | null;
    size: string | null;
    grade: string | null;
    owner: string;
  }[];
  /** What just changed, shown as the title. */
  headline?: 'added' | 'removed';
}

/** 分配规则: tried top to bottom for a new customer; the first whose conditions all hold names the owner. */
export function assignmentRulesCard(view: AssignmentRulesView): Card {
  const l = view.locale;
  const lines = view.rules.map((rule, i) => {
    const conditions = [
      rule.region && t(l, 'assignmentRules.regionRegion', { region: rule.region }),
      rule.industry && t(l, 'assignmentRules.industryIndustry', { industry: rule.industry }),
      rule.size && t(l, 'assignmentRules.sizeSize', { size: rule.size }),
      rule.grade && t(l, 'assignmentRules.gradeGrade', { grade: rule.grade }),
    ].filter(Boolean);
    const when = conditions.length > 0 ? conditions.join(' ') : t(l, 'assignmentRules.everyOtherCustomer');
    return `${i + 1}. ${when} → ${rule.owner}`;
  });
  const title = {
    added: t(l, 'assignmentRules.assignmentRuleAdded'),
    removed: t(l, 'assignmentRules.assignmentRuleRemoved'),
  };
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? title[view.headline]
      : t(l, 'assignmentRules.assignmentRulesRulescount', { rulesCount: view.rules.length }),
    sections: [
      {
        text: lines.length > 0 ? lines.join('\n') : t(l, 'assignmentRules.noRulesYetA'),
      },
      {
        text: t(l, 'assignmentRules.triedTopToBottom'),
      },
    ],
    buttons: [],
  };
}
