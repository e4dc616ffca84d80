import type { BadMark } from '../grading/bad-reason.ts';
import type { Locale } from '../people.ts';
import type { VisitKind } from '../vocabulary.ts';

/**
 * The flag of the customer a line names (不良客户: status "bad" and the stored reason), null when it is
 * not flagged. Optional: reports stored before the flag was kept have none, and show no warning.
 */
export interface CustomerFlag {
  customerBad?: BadMark | null;
}

/** One rep's day (日报), as stored and shown. Times are ISO strings. */
export interface RepReport {
  day: string;
  person: { id: number; name: string };
  contacts: ({
    visitId: number;
    customer: string;
    at: string;
    kind: VisitKind;
    newCustomer: boolean;
  } & CustomerFlag)[];
  /** Problems, opinions and wishes the customer raised. */
  raised: ({ customer: string; needs: string | null; issues: string | null } & CustomerFlag)[];
  /** Important matters handled and their result: follow-ups done, complaints resolved. */
  handled: ({ customer: string; what: string; result: string } & CustomerFlag)[];
  /** Market and competitor news. */
  market: ({ customer: string; text: string } & CustomerFlag)[];
  reactions: ({ customer: string; text: string } & CustomerFlag)[];
  unconfirmedMinutes: number;
}

export interface ComplaintLine extends CustomerFlag {
  id: number;
  customer: string;
  category: string;
  severity: string;
  status: string;
  overdue: boolean;
}

/** A team's day: the summary a manager reads in the group chat. */
export interface TeamReport {
  day: string;
  team: { id: number; name: string };
  perRep: { name: string; visits: number }[];
  /** Reps who logged nothing that day. */
  silent: string[];
  /** `bad` as `customerBad` elsewhere: absent in reports stored before the flag was kept. */
  newCustomers: { name: string; owner: string | null; bad?: BadMark | null }[];
  followUps: {
    done: number;
    overdue: ({ title: string; customer: string; assignee: string; dueAt: string } & CustomerFlag)[];
  };
  complaints: { opened: ComplaintLine[]; closed: ComplaintLine[]; stillOpen: ComplaintLine[] };
  competitorMoves: ({ customer: string; rep: string; text: string; alerted: boolean } & CustomerFlag)[];
  unconfirmedMinutes: ({
    minutesId: number;
    customer: string;
    rep: string;
    overdue: boolean;
  } & CustomerFlag)[];
}

/** The paragraph on top of the team report when no model writes one. */
export function narrateTeamReport(report: TeamReport, locale: Locale): string {
  const visits = report.perRep.reduce((sum, rep) => sum + rep.visits, 0);
  const c = report.complaints;
  if (locale !== 'en') {
    return [
      `${report.day}，${report.team.name} 共记录 ${visits} 次客户接触，新增客户 ${report.newCustomers.length} 个。`,
      `完成跟进 ${report.followUps.done} 项，逾期 ${report.followUps.overdue.length} 项；`,
      `新增投诉 ${c.opened.length} 起，关闭 ${c.closed.length} 起，未结 ${c.stillOpen.length} 起。`,
      report.competitorMoves.length > 0 ? `竞品动态 ${report.competitorMoves.length} 条。` : '',
      report.silent.length > 0 ? `今天未记录：${report.silent.join('、')}。` : '',
      report.unconfirmedMinutes.length > 0 ? `待确认纪要 ${report.unconfirmedMinutes.length} 份。` : '',
    ].join('');
  }
  return [
    `${report.day}: ${report.team.name} logged ${visits} customer contact${visits === 1 ? '' : 's'} and ${report.newCustomers.length} new customer${report.newCustomers.length === 1 ? '' : 's'}.`,
    ` ${report.followUps.done} follow-up${report.followUps.done === 1 ? '' : 's'} done, ${report.followUps.overdue.length} overdue;`,
    ` complaints: ${c.opened.length} opened, ${c.closed.length} closed, ${c.stillOpen.length} still open.`,
    report.competitorMoves.length > 0 ? ` ${report.competitorMoves.length} competitor move(s).` : '',
    report.silent.length > 0 ? ` Nothing logged by ${report.silent.join(', ')}.` : '',
    report.unconfirmedMinutes.length > 0
      ? ` ${report.unconfirmedMinutes.length} minutes await confirmation.`
      : '',
  ].join('');
}
