import { describe, expect, it } from 'vitest';
import { matchAssignmentRule } from '../../../src/domain/ownership/match-assignment-rule.ts';

const rule = (
  id: number,
  position: number,
  ownerId: number,
  conditions: Partial<Record<'region' | 'industry' | 'size' | 'grade', string>>,
) => ({
  id,
  position,
  ownerId,
  region: conditions.region ?? null,
  industry: conditions.industry ?? null,
  size: conditions.size ?? null,
  grade: conditions.grade ?? null,
});
const rules = [
  rule(1, 1, 10, { region: '深圳', industry: '金融' }),
  rule(2, 2, 11, { region: '深圳' }),
  rule(3, 3, 12, { grade: 'A' }),
  rule(4, 4, 13, { size: 'Enterprise' }),
];
const customer = (traits: Partial<Record<'region' | 'industry' | 'size' | 'grade', string>>) => ({
  region: traits.region ?? null,
  industry: traits.industry ?? null,
  size: traits.size ?? null,
  grade: traits.grade ?? null,
});

describe('matchAssignmentRule', () => {
  it.each([
    [
      'a Shenzhen bank: the first rule, both conditions hold',
      customer({ region: '深圳市', industry: '金融' }),
      10,
    ],
    ['a Shenzhen drone maker: the region rule', customer({ region: '深圳', industry: '无人机' }), 11],
    ['a grade-A account in Beijing', customer({ region: '北京', grade: 'A' }), 12],
    ['an enterprise account, whatever the case of the word', customer({ size: 'enterprise' }), 13],
    ['a customer no rule describes', customer({ region: '杭州' }), null],
    ['a customer with nothing known', customer({}), null],
  ])('%s → owner %s', (_label, traits, ownerId) => {
    expect(matchAssignmentRule(rules, traits)?.ownerId ?? null).toBe(ownerId);
  });

  it('tries rules by position, not by the order they were stored in', () => {
    const reordered = [rule(9, 5, 20, { region: '深圳' }), rule(8, 1, 21, { region: '深圳' })];
    expect(matchAssignmentRule(reordered, customer({ region: '深圳' }))?.ownerId).toBe(21);
  });

  it('passes over rules that would give a departing rep their own customers back', () => {
    expect(matchAssignmentRule(rules, customer({ region: '深圳' }), [11])).toBeNull();
    const withCatchAll = [...rules, rule(5, 9, 14, {})];
    expect(matchAssignmentRule(withCatchAll, customer({ region: '深圳' }), [11])?.ownerId).toBe(14);
  });
});
