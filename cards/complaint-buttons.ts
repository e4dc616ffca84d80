import { topEscalationLevel } from '../src/domain/complaints/escalation.ts';
import { reopensComplaint, satisfactionLevels } from '../src/domain/complaints/satisfaction.ts';
import type { Locale } from '../src/domain/people.ts';
import { t } from '../src/i18n/t.ts';
import type { Button } from './card.ts';
import { satisfactionLabel } from './complaint-labels.ts';

/**
 * The buttons a complaint's state allows. Everyone who sees the card sees them (cards land in group
 * chats too); who may press which is checked when it is pressed.
 */
export function complaintButtons(
  l: Locale,
  c: { id: number; status: string; escalationLevel: number },
): Button[] {
  const payload = { complaintId: c.id };
  if (c.status === 'resolved') {
    // One tap for the reporter after asking the customer. Feishu draws every button with inputs as its
    // own form, so only the two levels that reopen the complaint carry a comment box: their words go to
    // the manager's review. Any level takes a comment in chat (满意度 #12 比较满意 …).
    return satisfactionLevels.map((level) => ({
      label: satisfactionLabel(level, l),
      action: 'complaint.rate',
      payload: { ...payload, satisfaction: level },
      ...(reopensComplaint(level)
        ? {
            inputs: [
              {
                id: 'comment',
                label: t(l, 'complaintButtons.theCustomersWordsOptional'),
                kind: 'textarea' as const,
              },
            ],
          }
        : {}),
    }));
  }
  if (c.status !== 'open' && c.status !== 'acknowledged') return [];
  const buttons: Button[] = [];
  if (c.status === 'open')
    buttons.push({
      label: t(l, 'complaintButtons.accept'),
      action: 'complaint.accept',
      payload,
      style: 'primary',
    });
  buttons.push(
    {
      label: t(l, 'complaintButtons.resolve'),
      action: 'complaint.resolve',
      payload,
      inputs: [
        {
          id: 'resolution',
          label: t(l, 'complaintButtons.resolution'),
          kind: 'textarea',
          required: true,
          placeholder: t(l, 'complaintButtons.howWasItSolved'),
        },
      ],
    },
    {
      label: t(l, 'complaintButtons.reassign'),
      action: 'complaint.reassign',
      payload,
      inputs: [
        {
          id: 'person',
          label: t(l, 'complaintButtons.reassignToName'),
          kind: 'text',
          required: true,
        },
      ],
    },
  );
  if (c.escalationLevel < topEscalationLevel)
    buttons.push({
      label: t(l, 'complaintButtons.escalate'),
      action: 'complaint.escalate',
      payload,
      style: 'danger',
    });
  return buttons;
}
