import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';

const commands = {
  zh: [
    ['查看分配规则', '客诉规则'],
    ['添加规则', '添加客诉规则 类别=质量 地区=深圳 处理人=赵客服'],
    ['按团队分配', '添加客诉规则 类别=交付 团队=售后 方式=轮流（或 方式=最少）'],
    ['修改 / 调整顺序', '修改客诉规则 #2 等级=A 位置=1（写「无」清除条件）'],
    ['删除规则', '删除客诉规则 #2'],
    ['默认处理人', '设置默认处理人 赵客服（「无」= 未结最少的客服）'],
    ['查看期限', '客诉期限'],
    ['设置期限', '设置期限 紧急 2小时 24小时（特急 / 紧急 / 一般 / 不急；分钟、小时、天）'],
    ['工作时间', '设置工作时间 开 / 关 / 09:00-18:00'],
    ['关怀周期', '关怀周期 · 设置关怀周期 A 7'],
    ['角色 / 团队', '设置角色 张伟 经理（销售 / 经理 / 客服 / 管理员）· 设置团队 张伟 华南组'],
  ],
  en: [
    ['Routing rules', 'list routing rules'],
    ['Add a rule', 'add routing rule category=quality region=Shenzhen owner=Zhao'],
    ['To a team', 'add routing rule category=delivery team=售后 strategy=round_robin (or least_loaded)'],
    ['Change / reorder', 'change routing rule 2 grade=A position=1 (none clears a condition)'],
    ['Delete a rule', 'delete routing rule 2'],
    ['Default owner', 'set default owner Zhao (none = least-loaded service colleague)'],
    ['Deadlines', 'deadlines'],
    ['Set a deadline', 'set deadline urgent 30m 4h (urgent / high / normal / low; m, h, d)'],
    ['Working time', 'set working time on / off / 09:00-18:00'],
    ['Care cadence', 'care cadence · set care cadence B 14'],
    [
      'Role / team',
      'set role Zhang Wei manager (rep / manager / service / admin) · set team Zhang Wei South',
    ],
  ],
} as const;

/** The admin commands, in the language asked in. Rule keys: 类别/category, 地区/region, 等级/grade,
 * 客户负责人/customer_owner, 处理人/owner, 团队/team, 方式/strategy, 位置/position. */
export function complaintAdminHelpCard(view: { locale: Locale }): Card {
  return {
    tone: 'info',
    title: t(view.locale, 'complaintAdminHelp.adminCommands'),
    sections: [
      {
        text: t(view.locale, 'complaintAdminHelp.ruleFieldsCategoryRegion'),
      },
      { fields: commands[view.locale === 'en' ? 'en' : 'zh'].map(([label, value]) => ({ label, value })) },
      {
        text: t(view.locale, 'complaintAdminHelp.importCustomersSendMe'),
      },
    ],
    buttons: [],
  };
}
