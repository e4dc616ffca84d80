import { describe, expect, it } from 'vitest';
import { followUpWindow, isPast, planFollowUp } from '../../src/domain/follow-ups.ts';

const now = new Date('2026-11-23T10:00:00+08:00');
const zone = 'Asia/Shanghai';

describe('planFollowUp', () => {
  it.each([
    ['no date, no mention', { parsedAt: null, hasTime: false, unreadable: false }, { kind: 'none' }],
    [
      'a mention without a date',
      { parsedAt: null, hasTime: false, unreadable: true },
      { kind: 'ask', reason: 'unreadable' },
    ],
    [
      'a future day',
      { parsedAt: '2026-12-01T09:00:00+08:00', hasTime: false, unreadable: false },
      { kind: 'at', at: new Date('2026-12-01T01:00:00Z'), hasTime: false },
    ],
    [
      'earlier today, day only: still today',
      { parsedAt: '2026-11-23T09:00:00+08:00', hasTime: false, unreadable: false },
      { kind: 'at', at: new Date('2026-11-23T01:00:00Z'), hasTime: false },
    ],
    [
      'earlier today at a time: past',
      { parsedAt: '2026-11-23T09:00:00+08:00', hasTime: true, unreadable: false },
      { kind: 'ask', reason: 'past', at: new Date('2026-11-23T01:00:00Z') },
    ],
    [
      'last Friday',
      { parsedAt: '2026-11-20T09:00:00+08:00', hasTime: false, unreadable: false },
      { kind: 'ask', reason: 'past', at: new Date('2026-11-20T01:00:00Z') },
    ],
    [
      'answered "no follow-up"',
      { answer: null, parsedAt: '2026-11-20T09:00:00+08:00', hasTime: false, unreadable: false },
      { kind: 'none' },
    ],
    [
      'answered with a date',
      { answer: '2026-12-10T01:00:00.000Z', parsedAt: null, hasTime: false, unreadable: true },
      { kind: 'at', at: new Date('2026-12-10T01:00:00Z'), hasTime: false },
    ],
  ])('%s', (_label, request, expected) => {
    expect(planFollowUp(request, now, zone)).toEqual(expected);
  });
});

describe('isPast and followUpWindow', () => {
  it('counts a day-only follow-up as late only after its day', () => {
    expect(isPast({ dueAt: new Date('2026-11-22T01:00:00Z'), hasTime: false }, now, zone)).toBe(true);
    expect(isPast({ dueAt: new Date('2026-11-23T01:00:00Z'), hasTime: false }, now, zone)).toBe(false);
  });

  it('ends today and this week in the workspace zone', () => {
    expect(followUpWindow('today', now, zone).before?.toISOString()).toBe('2026-11-23T15:59:59.999Z');
    expect(followUpWindow('week', now, zone).before?.toISOString()).toBe('2026-11-29T15:59:59.999Z');
    expect(followUpWindow('all', now, zone).before).toBeNull();
  });
});
