import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import type { RepReport } from '../src/domain/reports/report-content.ts';
import { t } from '../src/i18n/t.ts';
import { customerWithWarning } from './bad-customer-warning.ts';
import type { Card, Section } from './card.ts';
import { formatWhen, pick } from './text.ts';

const kindLabel = { visit: ['拜访', 'visit'], call: ['电话', 'call'], meeting: ['会议', 'meeting'] } as const;

/** 日报: one rep's day, built from what they logged. */
export function dailyReportCard(view: { locale: Locale; timeZone: string; report: RepReport }): Card {
  const { locale: l, report: r } = view;
  const list = (lines: string[], empty: string) =>
    lines.length > 0 ? lines.map((x) => `- ${x}`).join('\n') : empty;
  const none = t(l, 'dailyReport.none');
  // Reports stored before the flag was kept have no customerBad: no warning, as then.
  const customer = (line: { customer: string; customerBad?: BadMark | null }) =>
    customerWithWarning(l, line.customer, line.customerBad);
  const sections: Section[] = [
    {
      text: `**${t(l, 'dailyReport.customersContacted')}**\n${list(
        r.contacts.map((c) => {
          const [zh, en] = kindLabel[c.kind];
          const when = formatWhen(new Date(c.at), l, view.timeZone);
          return `${customer(c)}${c.newCustomer ? t(l, 'dailyReport.new') : ''} · ${pick(l, zh, en)} · ${when}`;
        }),
        none,
      )}`,
    },
    {
      text: `**${t(l, 'dailyReport.problemsOpinionsAndWishes')}**\n${list(
        r.raised.map(
          (x) => `${customer(x)}：${[x.needs, x.issues].filter(Boolean).join(t(l, 'punctuation.semicolon'))}`,
        ),
        none,
      )}`,
    },
    {
      text: `**${t(l, 'dailyReport.importantMattersHandled')}**\n${list(
        r.handled.map(
          (x) => `${customer(x)}：${x.what} → ${x.result === 'done' ? t(l, 'dailyReport.done') : x.result}`,
        ),
        none,
      )}`,
    },
    {
      text: `**${t(l, 'dailyReport.marketAndCompetitorNews')}**\n${list(
        r.market.map((x) => `${customer(x)}：${x.text}`),
        none,
      )}`,
    },
    {
      text: `**${t(l, 'dailyReport.customerReactions')}**\n${list(
        r.reactions.map((x) => `${customer(x)}：${x.text}`),
        none,
      )}`,
    },
  ];
  return {
    key: `report:rep:${r.person.id}:${r.day}`,
    tone: 'info',
    title: t(l, 'dailyReport.dailyReportDayName', { day: r.day, name: r.person.name }),
    sections,
    buttons: [],
    ...(r.unconfirmedMinutes > 0
      ? {
          footer: t(l, 'dailyReport.unconfirmedminutesMinutesToConfirm', {
            unconfirmedMinutes: r.unconfirmedMinutes,
          }),
        }
      : {}),
  };
}
