import { describe, expect, it } from 'vitest';
import { defaultDeadlinePolicy } from '../../../src/domain/complaints/deadline-policy.ts';
import { findCalendarGap } from '../../../src/domain/complaints/find-calendar-gap.ts';
import { planComplaintDeadlines } from '../../../src/domain/complaints/plan-complaint-deadlines.ts';
import {
  addWorkingDays,
  addWorkingMinutes,
  defaultWorkingHours,
  type WorkingDays,
} from '../../../src/domain/complaints/working-time.ts';

const calendar = { timeZone: 'Asia/Shanghai', hours: defaultWorkingHours, days: 'CN' } as const;
const weekdays = { ...calendar, days: 'weekdays' } as const;
const at = (local: string) => new Date(`${local}+08:00`);
const local = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);

// 2026 per chinese-days: National Day Oct 1–7 off, Saturday Oct 10 worked; Spring Festival Feb 15–23
// off, Saturdays Feb 14 and Feb 28 worked.
describe('working minutes', () => {
  it.each([
    ['inside the day', '2026-11-23T10:00', 30, '2026-11-23 10:30'],
    ['runs over into the next morning', '2026-11-23T17:30', 120, '2026-11-24 10:30'],
    ['filed at night starts the next morning', '2026-11-23T22:00', 30, '2026-11-24 09:30'],
    ['Friday evening waits for Monday', '2026-11-27T17:50', 30, '2026-11-30 09:20'],
    [
      'the eve of National Day skips the holiday week, Sunday too, to Thursday',
      '2026-09-30T17:00',
      120,
      '2026-10-08 10:00',
    ],
    ['a day before the make-up Saturday runs into it', '2026-10-09T17:00', 120, '2026-10-10 10:00'],
    ['after the make-up Saturday, Sunday is off again', '2026-10-10T17:30', 60, '2026-10-12 09:30'],
    ['a Spring Festival make-up Saturday is worked', '2026-02-13T17:00', 120, '2026-02-14 10:00'],
    ['Spring Festival is skipped whole', '2026-02-14T17:00', 120, '2026-02-24 10:00'],
    ['the last make-up Saturday after it is worked', '2026-02-27T17:00', 120, '2026-02-28 10:00'],
  ])('%s', (_, from, minutes, due) => {
    expect(local(addWorkingMinutes(at(from), minutes, calendar))).toBe(due);
  });
});

describe('working days', () => {
  it.each([
    ['one day later at the same time', '2026-11-23T10:00', 1, '2026-11-24 10:00'],
    ['over a weekend', '2026-11-27T15:00', 1, '2026-11-30 15:00'],
    ['over National Day, counting the make-up Saturday', '2026-09-30T11:00', 3, '2026-10-10 11:00'],
    ['filed in the evening counts from the next working morning', '2026-11-23T20:00', 1, '2026-11-25 09:00'],
  ])('%s', (_, from, days, due) => {
    expect(local(addWorkingDays(at(from), days, calendar))).toBe(due);
  });
});

describe('the Monday–Friday calendar, for teams outside China', () => {
  it.each([
    ['National Day is worked', '2026-09-30T11:00', 3, '2026-10-05 11:00'],
    ['the make-up Saturday is off', '2026-10-09T11:00', 1, '2026-10-12 11:00'],
    ['Spring Festival is worked', '2026-02-13T11:00', 2, '2026-02-17 11:00'],
    ['an ordinary weekend is off', '2026-11-27T15:00', 1, '2026-11-30 15:00'],
  ])('%s', (_, from, days, due) => {
    expect(local(addWorkingDays(at(from), days, weekdays))).toBe(due);
  });

  it('counts working minutes through a Chinese holiday', () => {
    expect(local(addWorkingMinutes(at('2026-09-30T17:00'), 120, weekdays))).toBe('2026-10-01 10:00');
  });
});

describe('a calendar that does not cover the coming 60 days', () => {
  it.each<[string, WorkingDays, string, { from: string; to: string } | null]>([
    [
      'December 2026 looks into 2027, which chinese-days has no holidays for',
      'CN',
      '2026-12-10T10:00',
      {
        from: '2027-01-01',
        to: '2027-02-08',
      },
    ],
    ['mid-2026 sees only 2026', 'CN', '2026-06-01T10:00', null],
    ['early November 2026 does not reach 2027 yet', 'CN', '2026-11-01T10:00', null],
    ['a Monday–Friday calendar has no holidays to miss', 'weekdays', '2026-12-10T10:00', null],
  ])('%s', (_, days, now, gap) => {
    expect(findCalendarGap(days, at(now), 'Asia/Shanghai')).toEqual(gap);
  });
});

describe('complaint deadlines', () => {
  it('runs around the clock without a working calendar', () => {
    const deadlines = planComplaintDeadlines('low', at('2026-09-30T17:00'), defaultDeadlinePolicy, null);
    expect(local(deadlines.ackDueAt)).toBe('2026-10-01 17:00');
    expect(local(deadlines.resolveDueAt)).toBe('2026-10-07 17:00');
  });

  it('counts hours as working hours and days as working days in working time', () => {
    const deadlines = planComplaintDeadlines('low', at('2026-09-30T17:00'), defaultDeadlinePolicy, calendar);
    // 24 working hours: 1 on Sep 30, then 9 each on Oct 8, 9 and 10 (the make-up Saturday) → Oct 10 14:00.
    expect(local(deadlines.ackDueAt)).toBe('2026-10-10 14:00');
    // 7 working days after Sep 30: Oct 8, 9, 10, 12, 13, 14, 15.
    expect(local(deadlines.resolveDueAt)).toBe('2026-10-15 17:00');
  });
});
