import { describe, expect, it } from 'vitest';
import { findKnownContact, matchKnownContact } from '../../../src/domain/customers/find-known-contact.ts';

const acme = [
  { name: 'Sarah', title: 'procurement' },
  { name: 'Zhang', title: 'CTO' },
];
const globex = [{ name: 'Hank Scorpio', title: 'CEO' }];
const huawei = [
  { name: '张总', title: '采购总监' },
  { name: '刘工', title: '技术经理' },
];

describe('contacts on file named in a message', () => {
  it.each([
    ['met w/ sarah @ acme, she wants pricing', acme, 'Sarah'],
    ['Globex QBR done. Hank asked about volume discounts', globex, 'Hank'],
    ['call with hank scorpio tomorrow', globex, 'Hank Scorpio'],
    ['刘工说测试环境还没好', huawei, '刘工'],
  ] as const)('「%s」 → %s', (text, contacts, name) => {
    expect(findKnownContact(text, contacts)?.name).toBe(name);
  });

  it('names no one when the name is only part of a word, or when two contacts are named', () => {
    expect(findKnownContact('the sarahs of this world', acme)).toBeNull();
    expect(findKnownContact('Hankering for a deal', globex)).toBeNull();
    expect(findKnownContact('met sarah and zhang', acme)).toBeNull();
  });

  it('carries the title on file', () => {
    expect(findKnownContact('sarah pinged me', acme)).toEqual({ name: 'Sarah', title: 'procurement' });
  });
});

describe('the contact on file a written name stands for', () => {
  const people = [
    { id: 1, name: 'Hank Scorpio' },
    { id: 2, name: 'Sarah Lee' },
    { id: 3, name: 'Sarah Kim' },
    { id: 4, name: '王工' },
  ];

  it('is the same name in any case, or the only one with that first name', () => {
    expect(matchKnownContact('hank scorpio', people)?.id).toBe(1);
    expect(matchKnownContact('Hank', people)?.id).toBe(1);
    expect(matchKnownContact('王工', people)?.id).toBe(4);
  });

  it('is nobody when the first name is shared or not on file', () => {
    expect(matchKnownContact('Sarah', people)).toBeNull();
    expect(matchKnownContact('Mike', people)).toBeNull();
    expect(matchKnownContact('王', people)).toBeNull();
  });
});
