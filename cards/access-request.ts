import type { Locale } from '../src/domain/people.ts';
import type { Button, Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

/** The roles a card can let someone in as; admins are made by ADMIN_USERS, the CLI or 「设置角色」. */
export const admitRoles = ['rep', 'service', 'manager'] as const;
export type AdmitRole = (typeof admitRoles)[number];

export interface AccessRequestView {
  locale: Locale;
  timeZone: string;
  /** Who the card is shown to: each copy has its own key, so each can be updated where it was sent. */
  recipientId: number;
  personId: number;
  name: string;
  /** "slack:U0ABC". */
  account: string;
  /** The first thing they wrote, shortened: it often says who they are. */
  firstMessage: string | null;
  /** Colleagues with the same name, as told apart ("张伟 (华东组)"): a warning against impersonation. */
  namesakes: string[];
  decided?: { outcome: AdmitRole | 'declined'; by: string; at: Date };
}

const roleLabels: Record<AdmitRole, [string, string]> = {
  rep: ['销售', 'rep'],
  service: ['客服', 'service'],
  manager: ['经理', 'manager'],
};

export function accessRequestCardKey(personId: number, recipientId: number): string {
  return `access_request:${personId}:${recipientId}`;
}

/** 销售 / rep. */
export function admitRoleName(locale: Locale, role: AdmitRole): string {
  return pick(locale, ...roleLabels[role]);
}

/** What a decision reads as: 「批准为销售」 / "approved as rep", 「拒绝」 / "declined". */
export function accessOutcomeText(locale: Locale, outcome: AdmitRole | 'declined'): string {
  if (outcome === 'declined') return pick(locale, '拒绝了', 'declined');
  return pick(locale, `批准为${roleLabels[outcome][0]}`, `approved as ${roleLabels[outcome][1]}`);
}

/**
 * 新同事申请使用: sent to the admins (and the person's team managers) when someone the CRM does not
 * know writes. Approve as rep / service / manager, or Decline; once decided it says who and when.
 */
export function accessRequestCard(view: AccessRequestView): Card {
  const l = view.locale;
  const payload = { personId: view.personId };
  const buttons: Button[] = view.decided
    ? []
    : [
        ...admitRoles.map(
          (role): Button => ({
            label: pick(l, `批准为${roleLabels[role][0]}`, `Approve as ${roleLabels[role][1]}`),
            action: 'access.approve',
            payload: { ...payload, role },
            ...(role === 'rep' ? { style: 'primary' as const } : {}),
          }),
        ),
        { label: pick(l, '拒绝', 'Decline'), action: 'access.decline', payload, style: 'danger' },
      ];
  const fields = [
    { label: pick(l, '账号', 'Account'), value: view.account },
    ...(view.firstMessage
      ? [{ label: pick(l, '第一条消息', 'First message'), value: view.firstMessage }]
      : []),
  ];
  const warning =
    view.namesakes.length > 0
      ? pick(
          l,
          `⚠️ 已有同名同事：${view.namesakes.join('、')}。请确认不是冒名，批准后两人会分开显示。`,
          `⚠️ A colleague already has this name: ${view.namesakes.join(', ')}. Make sure it is not someone passing for them; the two are shown apart.`,
        )
      : null;
  return {
    key: accessRequestCardKey(view.personId, view.recipientId),
    tone: view.decided ? (view.decided.outcome === 'declined' ? 'warning' : 'success') : 'info',
    title: pick(l, `新同事申请使用 chatcrm：${view.name}`, `New person asks to use chatcrm: ${view.name}`),
    sections: [
      {
        text: pick(
          l,
          '此人还不是成员：批准之前，他发的消息不会被处理，也看不到任何客户。',
          'They are not a member yet: until someone approves, nothing they send is acted on and they see no customer.',
        ),
      },
      { fields },
      ...(warning ? [{ text: warning }] : []),
    ],
    buttons,
    ...(view.decided
      ? {
          footer: pick(
            l,
            `${view.decided.by} 于 ${formatWhen(view.decided.at, l, view.timeZone)} ${accessOutcomeText(l, view.decided.outcome)}`,
            `${view.decided.by} ${accessOutcomeText(l, view.decided.outcome)} at ${formatWhen(view.decided.at, l, view.timeZone)}`,
          ),
        }
      : {}),
  };
}
