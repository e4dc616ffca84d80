import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import type { RepReport } from '../src/domain/reports/report-content.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card, Section } from './card.ts';
import { formatWhen, pick } from './text.ts';

const kindLabel = { visit: ['拜访', 'visit'], call: ['电话', 'call'], meeting: ['会议', 'meeting'] } as const;

/** 日报: one rep's day, built from what they logged. */
export function dailyReportCard(view: { locale: Locale; timeZone: string; report: RepReport }): Card {
  const { locale: l, report: r } = view;
  const list = (lines: string[], empty: string) =>
    lines.length > 0 ? lines.map((x) => `- ${x}`).join('\n') : empty;
  const none = pick(l, '无', 'none');
  // Reports stored before the flag was kept have no customerBad: no warning, as then.
  const customer = (line: { customer: string; customerBad?: BadMark | null }) =>
    customerWithWarning(l, line.customer, line.customerBad);
  const sections: Section[] = [
    {
      text: `**${pick(l, '今日接触客户', 'Customers contacted')}**\n${list(
        r.contacts.map((c) => {
          const [zh, en] = kindLabel[c.kind];
          const when = formatWhen(new Date(c.at), l, view.timeZone);
          return `${customer(c)}${c.newCustomer ? pick(l, '（新客户）', ' (new)') : ''} · ${pick(l, zh, en)} · ${when}`;
        }),
        none,
      )}`,
    },
    {
      text: `**${pick(l, '客户提出的问题、意见和需求', 'Problems, opinions and wishes raised')}**\n${list(
        r.raised.map(
          (x) => `${customer(x)}：${[x.needs, x.issues].filter(Boolean).join(pick(l, '；', '; '))}`,
        ),
        none,
      )}`,
    },
    {
      text: `**${pick(l, '重要事项处理及结果', 'Important matters handled')}**\n${list(
        r.handled.map(
          (x) => `${customer(x)}：${x.what} → ${x.result === 'done' ? pick(l, '已完成', 'done') : x.result}`,
        ),
        none,
      )}`,
    },
    {
      text: `**${pick(l, '市场与竞品动态', 'Market and competitor news')}**\n${list(
        r.market.map((x) => `${customer(x)}：${x.text}`),
        none,
      )}`,
    },
    {
      text: `**${pick(l, '客户反应', 'Customer reactions')}**\n${list(
        r.reactions.map((x) => `${customer(x)}：${x.text}`),
        none,
      )}`,
    },
  ];
  return {
    key: `report:rep:${r.person.id}:${r.day}`,
    tone: 'info',
    title: pick(l, `日报 ${r.day}：${r.person.name}`, `Daily report ${r.day}: ${r.person.name}`),
    sections,
    buttons: [],
    ...(r.unconfirmedMinutes > 0
      ? {
          footer: pick(
            l,
            `待确认会议纪要 ${r.unconfirmedMinutes} 份`,
            `${r.unconfirmedMinutes} minutes to confirm`,
          ),
        }
      : {}),
  };
}
