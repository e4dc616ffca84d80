import { describe, expect, it } from 'vitest';
import { matchesRule, pickTeamMember } from '../../../src/domain/complaints/route-complaint.ts';

const any = { category: null, region: null, grade: null, customerOwnerId: null };
const facts = { category: 'quality', region: '深圳', grade: 'A', customerOwnerId: 7 } as const;

describe('matchesRule', () => {
  it.each([
    ['a rule without conditions', any, true],
    ['the same category', { ...any, category: 'quality' }, true],
    ['another category', { ...any, category: 'delivery' }, false],
    ['the region, ignoring case and spaces', { ...any, region: ' 深圳 ' }, true],
    ['another region', { ...any, region: '北京' }, false],
    ['the grade in lower case', { ...any, grade: 'a' }, true],
    ["the customer's owner", { ...any, customerOwnerId: 7 }, true],
    ['another owner', { ...any, customerOwnerId: 8 }, false],
    [
      'all conditions, one off',
      { category: 'quality', region: '深圳', grade: 'B', customerOwnerId: 7 },
      false,
    ],
  ])('%s', (_, rule, expected) => {
    expect(matchesRule(rule, facts)).toBe(expected);
  });

  it('never matches a region or grade the customer does not have', () => {
    expect(matchesRule({ ...any, region: '深圳' }, { ...facts, region: null })).toBe(false);
  });
});

describe('pickTeamMember', () => {
  const team = [
    { id: 5, openComplaints: 2 },
    { id: 3, openComplaints: 1 },
    { id: 9, openComplaints: 1 },
  ];
  it.each([
    ['round robin starts with the lowest id', 'round_robin', null, 3],
    ['round robin takes the next id', 'round_robin', 3, 5],
    ['round robin wraps around', 'round_robin', 9, 3],
    ['round robin skips a member who left', 'round_robin', 4, 5],
    ['least loaded breaks ties by id', 'least_loaded', null, 3],
  ] as const)('%s', (_, strategy, last, expected) => {
    expect(pickTeamMember(strategy, team, last)).toBe(expected);
  });

  it('has nobody to pick in an empty team', () => {
    expect(pickTeamMember('round_robin', [], null)).toBeNull();
  });
});
