import type { Locale } from '../src/domain/people.ts';
import type { Card } from './card.ts';
import { formatWhen } from './text.ts';

export interface FixDateView {
  locale: Locale;
  timeZone: string;
  pendingId: number;
  reason: 'unreadable' | 'past';
  /** The date as read, for 'past'. */
  date?: Date;
}

/** The follow-up date could not be read, or lies in the past: ask before saving. */
export function fixDateCard(view: FixDateView): Card {
  const zh = view.locale !== 'en';
  const when = view.date ? formatWhen(view.date, view.locale, view.timeZone) : '';
  const question =
    view.reason === 'past'
      ? zh
        ? `跟进时间 ${when} 已经过去了。要改个日期吗？`
        : `The follow-up date ${when} is in the past. Pick another date?`
      : zh
        ? '提到了跟进，但没读懂日期。哪天跟进？'
        : 'You mentioned a follow-up but I could not read the date. When should it be?';
  return {
    tone: 'warning',
    title: zh ? '请确认跟进日期' : 'Check the follow-up date',
    sections: [{ text: question }],
    buttons: [
      {
        label: zh ? '设定日期' : 'Set date',
        action: 'pending.set_date',
        payload: { pendingId: view.pendingId },
        style: 'primary',
        inputs: [
          {
            id: 'date',
            label: zh
              ? '跟进日期（如 2026-12-10 或 下周三）'
              : 'Follow-up date (e.g. 2026-12-10 or next Wednesday)',
            kind: 'date',
            required: true,
          },
        ],
      },
      {
        label: zh ? '不设跟进，直接保存' : 'Save without a follow-up',
        action: 'pending.skip_follow_up',
        payload: { pendingId: view.pendingId },
      },
      { label: zh ? '取消' : 'Cancel', action: 'pending.cancel', payload: { pendingId: view.pendingId } },
    ],
  };
}
