import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../../src/core/parse/parse-message.ts';
import { type Case, monday, parseAt } from './parse-at.ts';

// The same instant as the other tests, 2026-11-23T10:00+08:00, is Sunday 2026-11-22 21:00 in New York.
const newYork: Case[] = [
  ['follow up tomorrow', { followUpAt: '2026-11-23T09:00:00.000-05:00' }],
  ['明天跟进', { followUpAt: '2026-11-23T09:00:00.000-05:00' }],
  ['Met Sarah at Globex today', { occurredAt: '2026-11-22T21:00:00.000-05:00' }],
  ['visited Acme yesterday', { occurredAt: '2026-11-21T21:00:00.000-05:00' }],
  // On a Sunday, next week (Monday-first) starts tomorrow.
  ['visited Acme, follow up next Tuesday', { followUpAt: '2026-11-24T09:00:00.000-05:00' }],
  ['拜访华为，下周二跟进', { followUpAt: '2026-11-24T09:00:00.000-05:00' }],
  [
    'visited Acme, follow up tomorrow 3pm',
    { followUpAt: '2026-11-23T15:00:00.000-05:00', followUpHasTime: true },
  ],
  ['拜访华为，月底跟进', { followUpAt: '2026-11-30T09:00:00.000-05:00' }],
];

describe('parseMessage resolves dates in the workspace zone', () => {
  it.each(newYork)('in America/New_York: %s', (text, expected) => {
    expect(parseAt(text, 'America/New_York')).toMatchObject(expected);
  });

  it('crosses a daylight-saving change with the new offset', () => {
    const beforeSpringForward = new Date('2026-03-07T12:00:00-05:00');
    expect(parseAt('follow up tomorrow 9am', 'America/New_York', beforeSpringForward).followUpAt).toBe(
      '2026-03-08T09:00:00.000-04:00',
    );
    expect(parseAt('后天跟进', 'America/New_York', beforeSpringForward).followUpAt).toBe(
      '2026-03-09T09:00:00.000-04:00',
    );
  });

  it('reads 明天 after midnight as the next calendar day, not the morning ahead', () => {
    const justAfterMidnight = new Date('2026-11-23T00:30:00+08:00');
    expect(parseAt('明天跟进', 'Asia/Shanghai', justAfterMidnight).followUpAt).toBe(
      '2026-11-24T09:00:00.000+08:00',
    );
    expect(parseAt('昨天拜访了华为', 'Asia/Shanghai', justAfterMidnight).occurredAt).toBe(
      '2026-11-22T00:30:00.000+08:00',
    );
  });

  it('puts 上午 at 10:00 when that has passed, and at now when it has not', () => {
    expect(parseAt('上午拜访了华为', 'Asia/Shanghai', new Date('2026-11-23T15:00:00+08:00')).occurredAt).toBe(
      '2026-11-23T10:00:00.000+08:00',
    );
    expect(parseAt('上午拜访了华为', 'Asia/Shanghai', new Date('2026-11-23T08:00:00+08:00')).occurredAt).toBe(
      '2026-11-23T08:00:00.000+08:00',
    );
  });

  it('rejects a zone it does not know', () => {
    expect(() => parseMessage('明天跟进', { now: monday, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('parseMessage is pure', () => {
  const samples = [
    '记录拜访 华为 今天和张总聊了报价，下周二跟进',
    '電話拜訪 台積電 陳經理，下週三再聯繫',
    'log visit with Acme Corp: met CTO Zhang, they want a quote by Friday, follow up next Tuesday',
    '明天下午三点跟进',
    'visited Hooli, follow up Thursday',
  ];
  const originalZone = process.env.TZ;

  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = originalZone;
  });

  it('ignores the system clock', () => {
    const expected = samples.map((text) => parseAt(text));
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-15T03:00:00Z'));
    expect(samples.map((text) => parseAt(text))).toEqual(expected);
  });

  it("gives the same dates whatever the host's time zone", () => {
    const expected = samples.map((text) => parseAt(text));
    for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(
        samples.map((text) => parseAt(text)),
        zone,
      ).toEqual(expected);
    }
  });

  it('answers the same text the same way twice', () => {
    expect(parseAt(samples[0]!)).toEqual(parseAt(samples[0]!));
  });
});
