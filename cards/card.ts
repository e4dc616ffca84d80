// The platform-neutral card. Each file in cards/ turns one view model into a Card; the Slack, Feishu
// and console adapters each render a Card their own way. Buttons carry an action id and a small
// payload; the core handles the action, never the adapter.

export type Tone = 'info' | 'success' | 'warning' | 'danger';

export interface Field {
  label: string;
  value: string;
}

export interface Section {
  /** Light markdown: **bold**, line breaks, "- " lists. */
  text?: string;
  fields?: Field[];
}

export interface Input {
  id: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'select';
  /** For a select: the choices; `value` is the one chosen at first. */
  options?: { value: string; label: string }[];
  value?: string;
  placeholder?: string;
  required?: boolean;
}

export interface Button {
  label: string;
  action: ActionId;
  payload: Record<string, string | number>;
  style?: 'primary' | 'danger';
  /** Inputs filled in before the action runs (a form); their values arrive with the action. */
  inputs?: Input[];
}

export interface Card {
  /**
   * Names what the card shows ("visit:12", "minutes:7"). A card sent later with the same key (say, the
   * minutes once the model has drafted them) replaces the one shown before, where the platform can.
   */
  key?: string;
  tone: Tone;
  title: string;
  sections: Section[];
  buttons: Button[];
  /** Small print under the card: who did what, when. */
  footer?: string;
}

export const actionIds = [
  'visit.edit',
  'visit.undo',
  'pending.choose_customer',
  'pending.create_customer',
  'pending.set_date',
  'pending.skip_follow_up',
  'pending.choose_person',
  'pending.cancel',
  // A reading chosen on the clarifying question (payload: its index among the readings offered).
  'pending.choose_reading',
  'follow_up.done',
  'follow_up.move',
  'follow_up.snooze',
  'pool.claim',
  'complaint.accept',
  'complaint.resolve',
  'complaint.reassign',
  'complaint.escalate',
  'complaint.rate',
  'customer.merge',
  'customer.undo_merge',
  'minutes.confirm',
  'minutes.edit',
  'minutes.show',
  'alert.acknowledge',
  'alert.forward',
  // A customer file sent in chat: import what the dry run showed, or drop the file.
  'import.confirm',
  'import.cancel',
  // Runs a message that arrived late as if sent now; the adapter turns it back into a message event.
  'message.run_late',
  // Someone the CRM did not know asked to use it: an admin lets them in with a role, or declines.
  'access.approve',
  'access.decline',
  // A person's home screen (Slack's App Home) and the common actions on it.
  'home.show',
  'follow_up.list',
  'help.show',
  // The open complaints a person owns, on their own (Feishu's bot menu).
  'complaint.list_mine',
  // A visit written in a form (payload-free; the text arrives as the input `text`)…
  'visit.log',
  // …or taken from someone else's message: read and shown for confirmation, nothing saved yet.
  'visit.draft',
] as const;
export type ActionId = (typeof actionIds)[number];

export function isActionId(value: string): value is ActionId {
  return (actionIds as readonly string[]).includes(value);
}
