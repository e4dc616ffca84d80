import type { AlertKind } from '../src/domain/alerts/detect-alerts.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { formatWhen, pick } from './text.ts';

export interface AlertView {
  locale: Locale;
  timeZone: string;
  alertId: number;
  visitId: number;
  minutesId: number | null;
  customer: string;
  rep: string;
  occurredAt: Date;
  kinds: AlertKind[];
  excerpt: string;
  /** "rules" or the model's name. */
  detectedBy: string;
  status: 'open' | 'acknowledged' | 'forwarded';
  handled?: { by: string; at: Date; to?: string };
  /** Set on the copy a manager forwarded to a colleague. */
  forwardedBy?: string;
}

export const alertKindLabels: Record<AlertKind, [string, string]> = {
  competitor_product: ['竞品新产品', 'Competitor product launch'],
  competitor_pricing: ['竞品价格或销售政策变化', 'Competitor pricing or sales policy change'],
  competitor_sales: ['竞品销售或服务新动作', 'New competitor sales or service moves'],
  product_problem: ['我方产品严重问题', 'Serious problem with our product'],
};

export function alertCardKey(alertId: number): string {
  return `alert:${alertId}`;
}

/** 走访应急报告: sent to the rep's manager at once, with Acknowledge and Forward. */
export function alertCard(view: AlertView): Card {
  const l = view.locale;
  const payload = { alertId: view.alertId };
  const footer: string[] = [
    view.detectedBy === 'rules'
      ? t(l, 'alert.detectedByRules')
      : t(l, 'alert.detectedByAiDetectedby', { detectedBy: view.detectedBy }),
  ];
  if (view.forwardedBy) footer.push(t(l, 'alert.forwardedToYouBy', { forwardedBy: view.forwardedBy }));
  if (view.handled) {
    const at = formatWhen(view.handled.at, l, view.timeZone);
    footer.push(
      view.handled.to
        ? t(l, 'alert.byForwardedItTo', { by: view.handled.by, at, to: view.handled.to })
        : t(l, 'alert.acknowledgedByByAt', { by: view.handled.by, at }),
    );
  }
  const open = view.status === 'open' && !view.forwardedBy;
  return {
    key: alertCardKey(view.alertId),
    tone: open ? 'danger' : 'warning',
    title: t(l, 'alert.visitAlertCustomer', { customer: view.customer }),
    sections: [
      { text: view.excerpt },
      {
        fields: [
          {
            label: t(l, 'alert.about'),
            value: view.kinds.map((k) => pick(l, ...alertKindLabels[k])).join(t(l, 'punctuation.semicolon')),
          },
          { label: t(l, 'alert.rep'), value: view.rep },
          {
            label: t(l, 'alert.visit'),
            value: `#${view.visitId} ${formatWhen(view.occurredAt, l, view.timeZone)}`,
          },
        ],
      },
    ],
    buttons: [
      ...(view.minutesId === null
        ? []
        : [
            {
              label: t(l, 'alert.openTheVisit'),
              action: 'minutes.show' as const,
              payload: { minutesId: view.minutesId },
            },
          ]),
      ...(open
        ? [
            {
              label: t(l, 'alert.acknowledge'),
              action: 'alert.acknowledge' as const,
              payload,
              style: 'primary' as const,
            },
            {
              label: t(l, 'alert.forward'),
              action: 'alert.forward' as const,
              payload,
              inputs: [
                {
                  id: 'to',
                  label: t(l, 'alert.forwardToColleagueName'),
                  kind: 'text' as const,
                  required: true,
                },
              ],
            },
          ]
        : []),
    ],
    footer: footer.join(' · '),
  };
}
