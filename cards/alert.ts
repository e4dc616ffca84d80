import type { AlertKind } from '../src/domain/alerts/detect-alerts.ts';
import type { Locale } from '../src/domain/people.ts';
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
      ? pick(l, '规则识别', 'Detected by rules')
      : pick(l, `AI 识别（${view.detectedBy}）`, `Detected by AI (${view.detectedBy})`),
  ];
  if (view.forwardedBy)
    footer.push(pick(l, `${view.forwardedBy} 转发给你`, `Forwarded to you by ${view.forwardedBy}`));
  if (view.handled) {
    const at = formatWhen(view.handled.at, l, view.timeZone);
    footer.push(
      view.handled.to
        ? pick(
            l,
            `${view.handled.by} 于 ${at} 转发给 ${view.handled.to}`,
            `${view.handled.by} forwarded it to ${view.handled.to} at ${at}`,
          )
        : pick(l, `${view.handled.by} 于 ${at} 已知悉`, `Acknowledged by ${view.handled.by} at ${at}`),
    );
  }
  const open = view.status === 'open' && !view.forwardedBy;
  return {
    key: alertCardKey(view.alertId),
    tone: open ? 'danger' : 'warning',
    title: pick(l, `走访应急报告：${view.customer}`, `Visit alert: ${view.customer}`),
    sections: [
      { text: view.excerpt },
      {
        fields: [
          {
            label: pick(l, '类型', 'About'),
            value: view.kinds.map((k) => pick(l, ...alertKindLabels[k])).join(pick(l, '；', '; ')),
          },
          { label: pick(l, '销售', 'Rep'), value: view.rep },
          {
            label: pick(l, '拜访', 'Visit'),
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
              label: pick(l, '查看纪要', 'Open the visit'),
              action: 'minutes.show' as const,
              payload: { minutesId: view.minutesId },
            },
          ]),
      ...(open
        ? [
            {
              label: pick(l, '已知悉', 'Acknowledge'),
              action: 'alert.acknowledge' as const,
              payload,
              style: 'primary' as const,
            },
            {
              label: pick(l, '转发', 'Forward'),
              action: 'alert.forward' as const,
              payload,
              inputs: [
                {
                  id: 'to',
                  label: pick(l, '转发给（同事姓名）', 'Forward to (colleague name)'),
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
