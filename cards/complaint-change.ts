import type { Locale } from '../src/domain/people.ts';
import type { ComplaintChange, EscalationReason } from './complaint.ts';
import { pick } from './text.ts';

const reasons: Record<EscalationReason, [string, string]> = {
  acknowledge_missed: ['响应超时', 'acknowledge deadline missed'],
  resolve_missed: ['解决超时', 'resolve deadline missed'],
  manual: ['手动升级', 'escalated by hand'],
};

/** The title's verb and the footer's "who did it when" for the last change to a complaint. */
export function complaintChangeText(
  change: ComplaintChange,
  l: Locale,
  when: (date: Date) => string,
): { title: { zh: string; en: string }; footer: string } {
  const at = when(change.at);
  switch (change.kind) {
    case 'filed':
      return said('已登记', 'filed', `${change.by} 于 ${at} 登记`, `Filed by ${change.by} at ${at}`);
    case 'assigned':
      return said(
        '分配给你',
        'assigned to you',
        `${change.by} 于 ${at} 登记`,
        `Filed by ${change.by} at ${at}`,
      );
    case 'accepted':
      return said('已受理', 'accepted', `${change.by} 于 ${at} 受理`, `Accepted by ${change.by} at ${at}`);
    case 'resolved':
      return said('已解决', 'resolved', `${change.by} 于 ${at} 解决`, `Resolved by ${change.by} at ${at}`);
    case 'closed':
      return said(
        '已关闭',
        'closed',
        `${change.by} 于 ${at} 记录满意度`,
        `Satisfaction recorded by ${change.by} at ${at}`,
      );
    case 'reopened':
      return said(
        '已重新打开',
        'reopened',
        `${change.by} 于 ${at} 记录客户不满意，已交经理复核`,
        `${change.by} recorded a dissatisfied customer at ${at}; back for the manager's review`,
      );
    case 'reassigned':
      return said(
        `已转派给 ${change.to}`,
        `reassigned to ${change.to}`,
        `${change.by} 于 ${at} 转派`,
        `Reassigned by ${change.by} at ${at}`,
      );
    case 'escalated': {
      const [zh, en] = reasons[change.reason];
      return said(
        `已升级（${change.level} 级）`,
        `escalated (level ${change.level})`,
        change.by ? `${change.by} 于 ${at} 升级（${zh}）` : `系统于 ${at} 自动升级（${zh}）`,
        change.by ? `Escalated by ${change.by} at ${at} (${en})` : `Escalated automatically at ${at} (${en})`,
      );
    }
  }
  function said(zh: string, en: string, footerZh: string, footerEn: string) {
    return { title: { zh, en }, footer: pick(l, footerZh, footerEn) };
  }
}
