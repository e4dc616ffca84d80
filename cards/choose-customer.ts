import type { BadMark } from '../src/domain/grading/bad-reason.ts';
import type { Locale } from '../src/domain/people.ts';
import { badCustomerTag } from './bad-customer-warning.ts';
import type { Button, Card } from './card.ts';

export interface ChooseCustomerView {
  locale: Locale;
  pendingId: number;
  /** The name as the person wrote it; null when the message named no customer. */
  mention: string | null;
  reason: 'ambiguous' | 'uncertain' | 'unknown' | 'missing';
  /** `bad`: flagged as a bad customer (不良客户), warned about before anything is filed against it. */
  candidates: { id: number; name: string; owner: string | null; bad?: BadMark | null }[];
}

/** Asked before anything is written: which customer did you mean, or should we create it? */
export function chooseCustomerCard(view: ChooseCustomerView): Card {
  const zh = view.locale !== 'en';
  const mention = view.mention ?? '';
  const question = {
    ambiguous: zh
      ? `有好几个客户叫「${mention}」，是哪一个？`
      : `Several customers match "${mention}". Which one?`,
    uncertain: zh ? `没找到「${mention}」，是不是指：` : `No customer is called "${mention}". Did you mean:`,
    unknown: zh
      ? `还没有客户「${mention}」。要新建吗？`
      : `There is no customer "${mention}" yet. Create it?`,
    missing: zh ? '这条记录是哪个客户的？' : 'Which customer is this for?',
  }[view.reason];
  const buttons: Button[] = view.candidates.map((candidate) => ({
    label: candidate.bad ? `⚠️ ${candidate.name}` : candidate.name,
    action: 'pending.choose_customer',
    payload: { pendingId: view.pendingId, customerId: candidate.id },
  }));
  if (view.mention && view.reason !== 'ambiguous') {
    buttons.push({
      label: zh ? `新建客户「${mention}」` : `Create "${mention}"`,
      action: 'pending.create_customer',
      payload: { pendingId: view.pendingId },
      style: 'primary',
    });
  }
  buttons.push({
    label: zh ? '取消' : 'Cancel',
    action: 'pending.cancel',
    payload: { pendingId: view.pendingId },
  });
  const owners = view.candidates
    .map(
      (candidate) =>
        `- ${candidate.name}${candidate.owner ? ` (${candidate.owner})` : ''}${candidate.bad ? ` ${badCustomerTag(view.locale, candidate.bad)}` : ''}`,
    )
    .join('\n');
  return {
    tone: 'warning',
    title: zh ? '请确认客户' : 'Which customer?',
    sections: [
      { text: question },
      ...(owners ? [{ text: owners }] : []),
      {
        text: zh
          ? '确认之前不会保存任何内容。也可以直接重发一条带客户全名的消息。'
          : 'Nothing is saved until you answer. You can also resend the message with the full customer name.',
      },
    ],
    buttons,
  };
}
