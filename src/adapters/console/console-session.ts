import type { Button } from '../../../cards/card.ts';
import { actAs, listPeople } from '../../core/act-as.ts';
import type { Bot } from '../../core/handle-event.ts';
import { takePushesFor } from '../../core/take-pushes.ts';
import type { Sender } from '../../core/types.ts';
import type { Db } from '../../db/client.ts';
import { renderCardText } from './render-card.ts';

interface FormState {
  button: Button;
  values: Record<string, string>;
  next: number;
}

/**
 * One person chatting with the bot in a terminal. `send` takes what they typed and returns what to
 * print: a typed number presses that button of the last reply; a button with inputs asks for each
 * input in turn, then runs the same action a Slack or Feishu button would.
 */
export function createConsoleSession(deps: {
  bot: Bot;
  db: Db;
  sender: Sender;
  now: () => Date;
  /** `/run NAME`: runs a scheduled job now, as the scheduler would at its time. */
  runJob?: (name: string) => Promise<string>;
}) {
  let buttons: Button[] = [];
  let form: FormState | null = null;
  let counter = 0;
  const sender = deps.sender;
  const chat = { id: 'console', kind: 'direct' as const };
  const nextId = () => `${sender.externalId}-${Date.now()}-${++counter}`;

  async function runButton(button: Button, values: Record<string, string>): Promise<string> {
    const replyToButton = await deps.bot.handle({
      kind: 'action',
      eventId: nextId(),
      sender,
      chat,
      action: button.action,
      payload: button.payload,
      values,
    });
    return show(replyToButton.cards);
  }

  function show(cards: Parameters<typeof renderCardText>[0][]): string {
    buttons = [];
    const parts = cards.map((card) => {
      const rendered = renderCardText(card, buttons.length + 1);
      buttons.push(...rendered.buttons);
      return rendered.text;
    });
    return parts.join('\n');
  }

  function askInput(state: FormState): string {
    const input = state.button.inputs![state.next]!;
    const current = input.value ? ` [${input.value}]` : '';
    return `${input.label}${current}:`;
  }

  /** What the person types, answered, followed by any pushes (digests, reminders) waiting for them. */
  async function send(line: string): Promise<string> {
    const answer = await answerLine(line);
    // Mid-form the next line answers a field: pushes wait until the form is done.
    if (form) return answer;
    const pushed = await pushes();
    return pushed === '' ? answer : [answer, pushed].join('\n');
  }

  /** Pushes waiting for the person (a model's draft that arrived after the reply, say), or ''. */
  async function pushes(): Promise<string> {
    if (form) return '';
    const pushed = await takePushesFor(deps.db, sender, deps.now());
    if (pushed.length === 0) return '';
    const rendered = pushed.map((card) => {
      const { text, buttons: pushedButtons } = renderCardText(card, buttons.length + 1);
      buttons.push(...pushedButtons);
      return text;
    });
    return ['📬', ...rendered].join('\n');
  }

  async function answerLine(line: string): Promise<string> {
    const text = line.trim();
    if (form) {
      const state = form;
      const input = state.button.inputs![state.next]!;
      // An empty answer keeps the value the form already had, as a pre-filled field would.
      state.values[input.id] = text === '' ? (input.value ?? '') : text;
      state.next += 1;
      if (state.next < state.button.inputs!.length) return askInput(state);
      form = null;
      return runButton(state.button, state.values);
    }
    if (text.startsWith('/as ')) {
      const result = await actAs(deps.db, sender, text.slice(4));
      if (result.kind === 'switched') return `now chatting as ${result.actor.name} (${result.actor.role})`;
      if (result.kind === 'ambiguous')
        return `${result.count} people share that name; pick a unique one (/people)`;
      return `nobody is called "${text.slice(4).trim()}"; /people lists everyone`;
    }
    if (text.startsWith('/run') && deps.runJob) {
      return deps.runJob(text.slice(4).trim());
    }
    if (text === '/people') {
      return (await listPeople(deps.db))
        .map((person) => `- ${person.name} (${person.role}${person.team ? `, ${person.team}` : ''})`)
        .join('\n');
    }
    if (/^\d{1,2}$/.test(text) && buttons.length > 0) {
      const button = buttons[Number(text) - 1];
      if (!button) return `there is no button ${text}; choose 1 to ${buttons.length}`;
      if (button.inputs && button.inputs.length > 0) {
        form = { button, values: {}, next: 0 };
        return askInput(form);
      }
      return runButton(button, {});
    }
    const reply = await deps.bot.handle({ kind: 'message', eventId: nextId(), sender, chat, text });
    return show(reply.cards);
  }

  return { send, pushes };
}
