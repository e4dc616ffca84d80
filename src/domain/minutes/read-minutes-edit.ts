import type { MinutesAction, MinutesContent } from './minutes-content.ts';
import { minutesContentSchema } from './minutes-content.ts';

export type MinutesEditProblem = 'attendees_empty' | 'topics_empty' | 'action_unreadable' | 'field_invalid';

export type MinutesEditReading =
  | { kind: 'ok'; content: MinutesContent }
  | { kind: 'invalid'; problem: MinutesEditProblem; detail?: string };

/** One form field per minutes field; actions one per line: "what | owner | YYYY-MM-DD". */
export function readMinutesEdit(values: Record<string, string>, current: MinutesContent): MinutesEditReading {
  const text = (id: keyof MinutesContent): string | undefined => values[id]?.trim();
  const note = (id: 'needs' | 'issues' | 'competitors' | 'reaction' | 'nextStep') => {
    const value = text(id);
    if (value === undefined) return current[id];
    return value === '' ? null : value;
  };
  const attendees =
    text('attendees') === undefined
      ? current.attendees
      : text('attendees')!
          .split(/[,，、;；\n]+/)
          .map((name) => name.trim())
          .filter(Boolean);
  if (attendees.length === 0) return { kind: 'invalid', problem: 'attendees_empty' };
  const topics = text('topics') ?? current.topics;
  if (topics === '') return { kind: 'invalid', problem: 'topics_empty' };
  let actions = current.actions;
  const actionText = text('actions');
  if (actionText !== undefined) {
    const read = readActions(actionText);
    if (read.kind === 'invalid') return read;
    actions = read.actions;
  }
  const parsed = minutesContentSchema.safeParse({
    attendees,
    topics,
    needs: note('needs'),
    issues: note('issues'),
    competitors: note('competitors'),
    reaction: note('reaction'),
    actions,
    nextStep: note('nextStep'),
  });
  return parsed.success
    ? { kind: 'ok', content: parsed.data }
    : { kind: 'invalid', problem: 'field_invalid', detail: String(parsed.error.issues[0]?.path[0] ?? '') };
}

function readActions(
  text: string,
):
  | { kind: 'ok'; actions: MinutesAction[] }
  | { kind: 'invalid'; problem: 'action_unreadable'; detail: string } {
  const actions: MinutesAction[] = [];
  for (const line of text.split('\n').map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())) {
    if (line === '') continue;
    const [what = '', owner = '', due = ''] = line.split(/\s*[|｜]\s*/);
    const day = due.trim().replace(/[/.]/g, '-');
    if (what === '' || (day !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(day))) {
      return { kind: 'invalid', problem: 'action_unreadable', detail: line };
    }
    actions.push({ what, owner: owner === '' ? null : owner, due: day === '' ? null : day });
  }
  return { kind: 'ok', actions };
}

/** The actions as the form shows them, one per line. */
export function formatActions(actions: MinutesAction[]): string {
  return actions
    .map((a) => [a.what, a.owner ?? '', a.due ?? ''].join(' | ').replace(/( \| )+$/, ''))
    .join('\n');
}
