import { describe, expect, it } from 'vitest';
import { minutesDueAt } from '../../../src/domain/minutes/minutes-due-at.ts';

const zone = 'Asia/Shanghai';

describe('minutes are due two working days after they were drafted', () => {
  it.each([
    ['an ordinary Monday', '2026-11-23T10:00:00+08:00', '2026-11-25T10:00:00+08:00'],
    ['a Friday, over the weekend', '2026-11-27T15:00:00+08:00', '2026-12-01T15:00:00+08:00'],
    ['the eve of the National Day holiday week', '2026-09-30T11:00:00+08:00', '2026-10-09T11:00:00+08:00'],
    ['the Friday before a make-up Saturday (调休)', '2026-10-09T10:00:00+08:00', '2026-10-12T10:00:00+08:00'],
    [
      'after hours, counted from the next working morning',
      '2026-11-23T20:00:00+08:00',
      '2026-11-26T09:00:00+08:00',
    ],
  ])('%s', (_name, drafted, due) => {
    expect(minutesDueAt(new Date(drafted), zone, 'CN').toISOString()).toBe(new Date(due).toISOString());
  });

  it('on the Monday–Friday calendar, over National Day as if it were any week', () => {
    const due = minutesDueAt(new Date('2026-09-30T11:00:00+08:00'), zone, 'weekdays');
    expect(due.toISOString()).toBe(new Date('2026-10-02T11:00:00+08:00').toISOString());
  });
});
