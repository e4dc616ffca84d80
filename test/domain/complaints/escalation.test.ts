import { describe, expect, it } from 'vitest';
import { dueEscalationLevel } from '../../../src/domain/complaints/escalation.ts';

const ackDueAt = new Date('2026-11-23T03:00:00Z');
const resolveDueAt = new Date('2026-11-23T06:00:00Z');
const open = { status: 'open', ackDueAt, resolveDueAt, acknowledgedAt: null };

describe('dueEscalationLevel', () => {
  it.each([
    ['before any deadline', open, '2026-11-23T02:59:00Z', 0],
    ['not acknowledged in time', open, '2026-11-23T03:00:00Z', 1],
    [
      'acknowledged in time, before the resolve deadline',
      { ...open, status: 'acknowledged', acknowledgedAt: new Date('2026-11-23T02:00:00Z') },
      '2026-11-23T05:00:00Z',
      0,
    ],
    [
      'acknowledged in time, resolve deadline missed',
      { ...open, status: 'acknowledged', acknowledgedAt: new Date('2026-11-23T02:00:00Z') },
      '2026-11-23T06:00:00Z',
      1,
    ],
    [
      'acknowledged late, resolve deadline missed',
      { ...open, status: 'acknowledged', acknowledgedAt: new Date('2026-11-23T04:00:00Z') },
      '2026-11-23T06:00:00Z',
      2,
    ],
    ['never acknowledged, both missed', open, '2026-11-24T00:00:00Z', 2],
    ['resolved complaints are left alone', { ...open, status: 'resolved' }, '2026-11-24T00:00:00Z', 0],
  ])('%s', (_, complaint, now, level) => {
    expect(dueEscalationLevel(complaint, new Date(now))).toBe(level);
  });
});
