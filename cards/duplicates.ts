import type { DuplicateReason } from '../src/domain/customers/duplicates.ts';
import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import { formatPhone } from '../src/domain/import/format-phone.ts';
import type { PhoneRegion } from '../src/domain/import/phone-regions.ts';
import type { Locale } from '../src/domain/people.ts';
import { badCustomerTag, customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';
import { pick } from './text.ts';

/** `bad` is set when the customer is flagged bad: a merge should not hide that. */
type CustomerView = { id: number; name: string; owner: string | null; bad?: BadMark | null };

export interface DuplicatePairView {
  keep: CustomerView;
  remove: CustomerView;
  reasons: DuplicateReason[];
}

export type DuplicatesView =
  | {
      kind: 'list';
      locale: Locale;
      total: number;
      pairs: DuplicatePairView[];
      /** The workspace's phone region: its numbers are shown in their local form. */
      phoneRegion?: PhoneRegion;
    }
  | {
      kind: 'merged';
      locale: Locale;
      kept: { id: number; name: string };
      removed: { id: number; name: string };
      moved: { contacts: number; visits: number; followUps: number; complaints: number; sales: number };
      /** The merge's audit entry: what Undo and 撤销合并 <id> refer to. */
      auditId: number;
      /** The removed customer's flag (不良客户), when the kept customer had none and took it. */
      flagTaken?: BadMark;
    }
  | { kind: 'merge_undone'; locale: Locale; kept: string; restored: string };

/** Duplicate customers and their merge: the list with Merge buttons, a merge with Undo, an undone merge. */
export function duplicatesCard(view: DuplicatesView): Card {
  const l = view.locale;
  switch (view.kind) {
    case 'list':
      return listCard(view);
    case 'merged': {
      const m = view.moved;
      return {
        tone: 'success',
        title: pick(
          l,
          `已合并：${view.removed.name} → ${view.kept.name}`,
          `Merged ${view.removed.name} into ${view.kept.name}`,
        ),
        sections: [
          {
            text: pick(
              l,
              `转入 ${m.contacts} 个联系人、${m.visits} 条拜访、${m.followUps} 条跟进、${m.complaints} 条客诉、${m.sales} 条成交；「${view.removed.name}」已作为别名保留。`,
              `Moved ${m.contacts} contacts, ${m.visits} visits, ${m.followUps} follow-ups, ${m.complaints} complaints and ${m.sales} sales; "${view.removed.name}" is kept as an alias.`,
            ),
          },
          ...(view.flagTaken
            ? [
                {
                  text: pick(
                    l,
                    `「${view.kept.name}」沿用「${view.removed.name}」的标记：${badCustomerTag(l, view.flagTaken)}`,
                    `${view.kept.name} now carries the flag of ${view.removed.name}: ${badCustomerTag(l, view.flagTaken)}`,
                  ),
                },
              ]
            : []),
        ],
        buttons: [
          {
            label: pick(l, '撤销合并', 'Undo merge'),
            action: 'customer.undo_merge',
            payload: { auditId: view.auditId },
            style: 'danger',
          },
        ],
        footer: pick(
          l,
          `合并记录 #${view.auditId}，可发「撤销合并 ${view.auditId}」撤销`,
          `Merge #${view.auditId}; "undo merge ${view.auditId}" reverses it`,
        ),
      };
    }
    case 'merge_undone':
      return {
        tone: 'info',
        title: pick(l, `已撤销合并：${view.restored} 已恢复`, `Merge undone: ${view.restored} is back`),
        sections: [
          {
            text: pick(
              l,
              `「${view.restored}」的资料和历史已从「${view.kept}」移回。这两个客户不会再被列为疑似重复。`,
              `The record and history of ${view.restored} moved back from ${view.kept}. The two will not be suggested as duplicates again.`,
            ),
          },
        ],
        buttons: [],
      };
  }
}

function listCard(view: Extract<DuplicatesView, { kind: 'list' }>): Card {
  const l = view.locale;
  if (view.pairs.length === 0) {
    return {
      tone: 'success',
      title: pick(l, '没有发现疑似重复的客户', 'No likely duplicate customers'),
      sections: [],
      buttons: [],
    };
  }
  const who = (c: CustomerView) =>
    `#${c.id} ${customerWithWarning(l, c.name, c.bad)}${c.owner ? ` (${c.owner})` : ''}`;
  const lines = view.pairs.map(
    (pair, index) =>
      `${index + 1}. ${who(pair.remove)} ⇄ ${who(pair.keep)}\n   ${pair.reasons.map((reason) => describeReason(reason, l, view.phoneRegion)).join(pick(l, '；', '; '))}`,
  );
  const buttons: Button[] = view.pairs.map((pair, index) => ({
    label: pick(l, `${index + 1}. 合并到 #${pair.keep.id}`, `${index + 1}. Merge into #${pair.keep.id}`),
    action: 'customer.merge',
    payload: { keepId: pair.keep.id, removeId: pair.remove.id },
  }));
  return {
    tone: 'warning',
    title: pick(l, `疑似重复客户：${view.total} 对`, `Likely duplicate customers: ${view.total} pairs`),
    sections: [
      { text: lines.join('\n') },
      {
        text: pick(
          l,
          '合并会把左边客户的联系人、拜访、跟进、客诉和成交转到右边客户，并保留原名为别名；合并后可以撤销。',
          'Merging moves the left customer’s contacts, visits, follow-ups, complaints and sales to the right one and keeps its name as an alias; a merge can be undone.',
        ),
      },
      ...(view.total > view.pairs.length
        ? [
            {
              text: pick(
                l,
                `只显示最可能的 ${view.pairs.length} 对。`,
                `Showing the ${view.pairs.length} likeliest.`,
              ),
            },
          ]
        : []),
    ],
    buttons,
  };
}

function describeReason(reason: DuplicateReason, l: Locale, region?: PhoneRegion): string {
  switch (reason.kind) {
    case 'same_name':
      return pick(l, '名称相同', 'same name');
    case 'same_phone':
      // The key is E.164; people read it as they write it (the default region's local form).
      return pick(
        l,
        `联系人电话相同（${formatPhone(reason.phone, region)}）`,
        `same contact phone (${formatPhone(reason.phone, region)})`,
      );
    case 'same_email':
      return pick(l, `联系人邮箱相同（${reason.email}）`, `same contact email (${reason.email})`);
    case 'similar_name':
      return pick(
        l,
        `名称相近（${Math.round(reason.similarity * 100)}%）`,
        `similar names (${Math.round(reason.similarity * 100)}%)`,
      );
  }
}
