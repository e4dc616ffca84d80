import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';

const examples = {
  zh: [
    ['记录拜访', '记录拜访 华为 今天和张总聊了报价，下周二跟进'],
    ['电话 / 会议', '電話拜訪 台積電 陳經理，下週三再聯繫'],
    ['结构化输入', '客户=招商银行，联系人=李经理，下次跟进=2026-12-10'],
    ['新增客户', '新增客户 深圳市大疆创新科技有限公司'],
    ['查客户', '查一下 华为'],
    ['我的跟进', '我的跟进 / 本周跟进 / 逾期跟进'],
    ['完成或改期', '完成 #12 / #12 改到下周一'],
    ['客诉', '投诉 华为 设备故障，很紧急'],
    ['日报', '生成今天的日报 / 昨天的日报 / 团队日报'],
  ],
  en: [
    [
      'Log a visit',
      'log visit with Acme Corp: met CTO Zhang, they want a quote by Friday, follow up next Tuesday',
    ],
    ['Calls and meetings', 'call with Globex, Sarah from procurement, follow up in 2 weeks'],
    ['Structured', 'customer: Acme; contact: Sarah; follow up: 2026-12-10'],
    ['Add a customer', 'add customer Initech Inc.'],
    ['Look one up', 'find Acme'],
    ['Your follow-ups', 'my follow-ups / follow-ups this week / overdue'],
    ['Done or move', 'done #12 / move #12 to next Monday'],
    ['Complaints', 'complaint for Globex: delivery is late, urgent'],
    ['Daily report', 'daily report / report for yesterday / team report'],
  ],
} as const;

// Customer master data and the admin's commands; 管理命令 / admin help lists the complaint settings.
const moreExamples = {
  zh: [
    ['客诉满意度', '满意度 #12 比较满意 处理很及时'],
    ['记录成交', '华为 本月成交 120万'],
    ['欠款与回款', '华为 欠款 30万 到期 2025-06-01 / 华为 回款 30万'],
    ['联系人', '添加联系人 华为 王工 技术经理 13800138009'],
    ['公海', '公海 / 公海 汇川 / 领取 华为'],
    ['协作与交接', '添加协作人 华为 李娜 / 交接 张伟 给 李娜'],
    ['不良客户', '标记不良 华为 长期欠款 / 取消不良 华为'],
    ['分配', '分配 华为 给 李娜 / 分配规则'],
    ['数据', '查重 / 合并客户 12 到 34 / 撤销合并 56 / 数据清洗'],
    ['管理员', '管理命令'],
  ],
  en: [
    ['Satisfaction', 'satisfaction #12 fairly satisfied: quick fix'],
    ['Record a sale', 'Acme closed 50k this month'],
    ['Arrears and payments', 'Acme owes 50k due 2025-06-01 / Acme paid 50k'],
    ['Contacts', 'add contact Acme Corp: Sarah, phone=+1 415 555 0101'],
    ['Public pool', 'pool / pool search acme / claim Acme Corp'],
    ['Share and hand over', 'add collaborator Acme Tom Chen / hand over Tom Chen to 李娜'],
    ['Bad customers', 'flag Acme bad: never pays / unflag Acme'],
    ['Ownership', 'assign Acme to Tom Chen / assignment rules'],
    ['Data', 'find duplicates / merge 12 into 34 / undo merge 56 / data quality'],
    ['Admins', 'admin help'],
  ],
} as const;

export function helpCard(view: { locale: Locale; reason?: 'not_understood' }): Card {
  const intro =
    view.reason === 'not_understood'
      ? t(view.locale, 'help.iDidntUnderstandThat')
      : t(view.locale, 'help.tellMeInOne');
  return {
    tone: 'info',
    title: t(view.locale, 'help.whatChatcrmCanDo'),
    sections: [
      { text: intro },
      { fields: examples[view.locale === 'en' ? 'en' : 'zh'].map(([label, value]) => ({ label, value })) },
      { text: t(view.locale, 'help.customerDataAndAdmin') },
      {
        fields: moreExamples[view.locale === 'en' ? 'en' : 'zh'].map(([label, value]) => ({ label, value })),
      },
    ],
    buttons: [],
  };
}
