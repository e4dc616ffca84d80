import type { DuplicateReason } from '../src/domain/customers/duplicates.ts';
import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import { formatPhone } from '../src/domain/import/format-phone.ts';
import type { PhoneRegion } from '../src/domain/import/phone-regions.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import { badCustomerTag, customerWithWarning } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';

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
        title: t(l, 'duplicates.mergedNameIntoName', { name: view.removed.name, name2: view.kept.name }),
        sections: [
          {
            text: t(l, 'duplicates.movedContactsContactsVisits', {
              contacts: m.contacts,
              visits: m.visits,
              followUps: m.followUps,
              complaints: m.complaints,
              sales: m.sales,
              name: view.removed.name,
            }),
          },
          ...(view.flagTaken
            ? [
                {
                  text: t(l, 'duplicates.nameNowCarriesThe', {
                    name: view.kept.name,
                    name2: view.removed.name,
                    l: badCustomerTag(l, view.flagTaken),
                  }),
                },
              ]
            : []),
        ],
        buttons: [
          {
            label: t(l, 'duplicates.undoMerge'),
            action: 'customer.undo_merge',
            payload: { auditId: view.auditId },
            style: 'danger',
          },
        ],
        footer: t(l, 'duplicates.mergeAuditidUndoMerge', { auditId: view.auditId }),
      };
    }
    case 'merge_undone':
      return {
        tone: 'info',
        title: t(l, 'duplicates.mergeUndoneRestoredIs', { restored: view.restored }),
        sections: [
          {
            text: t(l, 'duplicates.theRecordAndHistory', { restored: view.restored, kept: view.kept }),
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
      title: t(l, 'duplicates.noLikelyDuplicateCustomers'),
      sections: [],
      buttons: [],
    };
  }
  const who = (c: CustomerView) =>
    `#${c.id} ${customerWithWarning(l, c.name, c.bad)}${c.owner ? ` (${c.owner})` : ''}`;
  const lines = view.pairs.map(
    (pair, index) =>
      `${index + 1}. ${who(pair.remove)} ⇄ ${who(pair.keep)}\n   ${pair.reasons.map((reason) => describeReason(reason, l, view.phoneRegion)).join(t(l, 'punctuation.semicolon'))}`,
  );
  const buttons: Button[] = view.pairs.map((pair, index) => ({
    label: t(l, 'duplicates.valueMergeIntoId', { value: index + 1, id: pair.keep.id }),
    action: 'customer.merge',
    payload: { keepId: pair.keep.id, removeId: pair.remove.id },
  }));
  return {
    tone: 'warning',
    title: t(l, 'duplicates.likelyDuplicateCustomersTotal', { total: view.total }),
    sections: [
      { text: lines.join('\n') },
      {
        text: t(l, 'duplicates.mergingMovesTheLeft'),
      },
      ...(view.total > view.pairs.length
        ? [
            {
              text: t(l, 'duplicates.showingThePairscountLikeliest', { pairsCount: view.pairs.length }),
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
      return t(l, 'duplicates.sameName');
    case 'same_phone':
      // The key is E.164; people read it as they write it (the default region's local form).
      return t(l, 'duplicates.sameContactPhonePhone', { phone: formatPhone(reason.phone, region) });
    case 'same_email':
      return t(l, 'duplicates.sameContactEmailEmail', { email: reason.email });
    case 'similar_name':
      return t(l, 'duplicates.similarNamesValue', { value: Math.round(reason.similarity * 100) });
  }
}
