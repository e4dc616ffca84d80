import { describe, expect, it } from 'vitest';
import {
  diceCoefficient,
  levenshteinDistance,
  levenshteinRatio,
  measureNameSimilarity,
} from '../../../src/domain/customers/similarity.ts';

describe('diceCoefficient', () => {
  it.each([
    ['acme', 'acme', 1],
    ['acme', 'acmee', 6 / 7],
    ['华为技木', '华为技术', 2 / 3],
    ['acme', 'xyz', 0],
    ['a', 'b', 0],
    ['aaaa', 'aa', 2 / 4],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(diceCoefficient(a, b)).toBeCloseTo(expected);
  });
});

describe('levenshteinDistance', () => {
  it.each([
    ['', '', 0],
    ['acme', '', 4],
    ['acme', 'acmee', 1],
    ['kitten', 'sitting', 3],
    ['华为技木', '华为技术', 1],
    ['𠮷野家', '吉野家', 1],
  ])('%s → %s takes %d edits', (a, b, expected) => {
    expect(levenshteinDistance(a, b)).toBe(expected);
  });

  it.each([
    ['acme', 'acmee', 0.8],
    ['', '', 1],
    ['abc', 'xyz', 0],
  ])('ratio %s vs %s → %d', (a, b, expected) => {
    expect(levenshteinRatio(a, b)).toBeCloseTo(expected);
  });
});

describe('measureNameSimilarity', () => {
  it.each([
    ['Latin takes the better of Dice and Levenshtein', 'acne', 'acme', 0.75],
    ['Han keys use Dice only', '华为技', '华为机', 0.5],
    ['identical keys are 1', '华为', '华为', 1],
  ])('%s', (_rule, a, b, expected) => {
    expect(measureNameSimilarity(a, b)).toBeCloseTo(expected);
  });
});
