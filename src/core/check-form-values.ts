import type { Input } from '../../cards/card.ts';
import { isPast } from '../domain/follow-ups.ts';
import type { Locale } from '../domain/people.ts';
import { t } from '../i18n/t.ts';
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
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.id] ?? '').trim();
    if (value === '') {
      if (field.required) errors[field.id] = t(options.locale, 'checkFormValues.pleaseFillThisIn');
      continue;
    }
    if (field.kind !== 'date') continue;
    const date = readDateInput(value, options.now, options.timeZone);
    if (!date) {
      errors[field.id] = t(options.locale, 'checkFormValues.iCannotReadThe', { value });
    } else if (isPast({ dueAt: date.at, hasTime: date.hasTime }, options.now, options.timeZone)) {
      errors[field.id] = t(options.locale, 'checkFormValues.thatDateIsIn');
    }
  }
  return errors;
}
