import { DateTime } from 'luxon';
import { parseMessage } from './parse/parse-message.ts';

const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;
const defaultHour = 9;

/**
 * Reads a date typed into a form: 2026-12-10, 2026/12/10 15:00, or words the parser understands
 * (下周三, next Wednesday). A day without a time means 09:00 in the workspace zone.
 */
export function readDateInput(
  value: string,
  now: Date,
  timeZone: string,
): { at: Date; hasTime: boolean } | null {
  const text = value.trim();
  if (text === '') return null;
  const iso = isoDate.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute] = iso;
    const local = DateTime.fromObject(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: hour ? Number(hour) : defaultHour,
        minute: minute ? Number(minute) : 0,
      },
      { zone: timeZone },
    );
    return local.isValid ? { at: local.toJSDate(), hasTime: Boolean(hour) } : null;
  }
  // Let the message parser read it as the date of a follow-up, in the language it was typed in.
  const probe = /[\u3400-\u9fff]/.test(text) ? `${text}跟进` : `follow up ${text}`;
  const parsed = parseMessage(probe, { now, timeZone });
  return parsed.followUpAt ? { at: new Date(parsed.followUpAt), hasTime: parsed.followUpHasTime } : null;
}
