import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
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
  if (outcome === 'declined') return t(locale, 'accessRequest.declined');
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
        { label: t(l, 'accessRequest.decline'), action: 'access.decline', payload, style: 'danger' },
      ];
  const fields = [
    { label: t(l, 'accessRequest.account'), value: view.account },
    ...(view.firstMessage ? [{ label: t(l, 'accessRequest.firstMessage'), value: view.firstMessage }] : []),
  ];
  const warning =
    view.namesakes.length > 0
      ? t(l, 'accessRequest.aColleagueAlreadyHas', { value: view.namesakes.join(t(l, 'list.separator')) })
      : null;
  return {
    key: accessRequestCardKey(view.personId, view.recipientId),
    tone: view.decided ? (view.decided.outcome === 'declined' ? 'warning' : 'success') : 'info',
    title: t(l, 'accessRequest.newPersonAsksTo', { name: view.name }),
    sections: [
      {
        text: t(l, 'accessRequest.theyAreNotA'),
      },
      { fields },
      ...(warning ? [{ text: warning }] : []),
    ],
    buttons,
    ...(view.decided
      ? {
          footer: t(l, 'accessRequest.byLAtAt', {
            by: view.decided.by,
            at: formatWhen(view.decided.at, l, view.timeZone),
            l: accessOutcomeText(l, view.decided.outcome),
          }),
        }
      : {}),
  };
}
