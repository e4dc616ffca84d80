import type { Input } from '../../cards/card.ts';
import { isPast } from '../domain/follow-ups.ts';
import type { Locale } from '../domain/people.ts';
import { readDateInput } from './read-date-input.ts';

export interface FormFieldRule {
  id: string;
  kind: Input['kind'];
  required?: boolean;
}

/**
 * The problems of a submitted form, by input id, before the action runs: a required field left empty,
 * a date that cannot be read or lies in the past (every date a card asks for is a follow-up's). Lets a
 * platform show the error beside the field (Slack's `response_action: errors`) within its deadline;
 * the action checks again when it runs.
 */
export function checkFormValues(
  fields: FormFieldRule[],
  values: Record<string, string>,
  options: { now: Date; timeZone: string; locale: Locale },
): Record<string, string> {
  const zh = options.locale !== 'en';
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.id] ?? '').trim();
    if (value === '') {
      if (field.required) errors[field.id] = zh ? '请填写这一项。' : 'Please fill this in.';
      continue;
    }
    if (field.kind !== 'date') continue;
    const date = readDateInput(value, options.now, options.timeZone);
    if (!date) {
      errors[field.id] = zh
        ? `看不懂日期「${value}」，请写成 2026-12-10 或「下周三」。`
        : `I cannot read the date "${value}". Write it like 2026-12-10 or "next Wednesday".`;
    } else if (isPast({ dueAt: date.at, hasTime: date.hasTime }, options.now, options.timeZone)) {
      errors[field.id] = zh
        ? '这个日期已经过去了，请选今天或以后。'
        : 'That date is in the past; pick today or later.';
    }
  }
  return errors;
}
