import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { pick } from './text.ts';

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
      rule.region && pick(l, `地区=${rule.region}`, `region=${rule.region}`),
      rule.industry && pick(l, `行业=${rule.industry}`, `industry=${rule.industry}`),
      rule.size && pick(l, `规模=${rule.size}`, `size=${rule.size}`),
      rule.grade && pick(l, `等级=${rule.grade}`, `grade=${rule.grade}`),
    ].filter(Boolean);
    const when =
      conditions.length > 0 ? conditions.join(' ') : pick(l, '其他所有客户', 'every other customer');
    return `${i + 1}. ${when} → ${rule.owner}`;
  });
  const title = {
    added: pick(l, '已添加分配规则', 'Assignment rule added'),
    removed: pick(l, '已删除分配规则', 'Assignment rule removed'),
  };
  return {
    tone: view.headline ? 'success' : 'info',
    title: view.headline
      ? title[view.headline]
      : pick(l, `分配规则（${view.rules.length}）`, `Assignment rules (${view.rules.length})`),
    sections: [
      {
        text:
          lines.length > 0
            ? lines.join('\n')
            : pick(
                l,
                '还没有分配规则：新客户归创建人。',
                'No rules yet: a new customer belongs to whoever adds it.',
              ),
      },
      {
        text: pick(
          l,
          '从上往下匹配，第一条条件全部符合的规则决定新客户的负责人；都不符合时归创建人。\n添加：`添加分配规则 地区=深圳 行业=金融 负责人=李娜`　删除：`删除分配规则 2`',
          'Tried top to bottom; the first rule whose conditions all hold names the owner of a new customer, else whoever adds it.\nAdd: `add assignment rule region=Shenzhen industry=Finance owner=Tom Chen`  Remove: `remove assignment rule 2`',
        ),
      },
    ],
    buttons: [],
  };
}
