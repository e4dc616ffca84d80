import { describe, expect, it } from 'vitest';
import {
  type Actor,
  admissionFor,
  baseName,
  canDecideAccess,
  chineseLocaleOf,
  labelNamesakes,
  localeOfText,
  nameForNewcomer,
  parseAccount,
  type Role,
} from '../../src/domain/people.ts';

const slack = (externalId: string) => ({ platform: 'slack', externalId });

describe('parseAccount', () => {
  it.each([
    ['slack:U0123ABC', slack('U0123ABC')],
    [' feishu:ou_abc ', { platform: 'feishu', externalId: 'ou_abc' }],
    ['U0123ABC', null],
    ['teams:abc', null],
    ['slack:', null],
    ['slack:U1 U2', null],
  ])('%j → %j', (text, expected) => {
    expect(parseAccount(text)).toEqual(expected);
  });
});

describe('admissionFor', () => {
  const lists = { adminUsers: [slack('UBOSS')], autoAdmit: [slack('UREP'), slack('UBOSS')] };
  it.each([
    ['listed in ADMIN_USERS (even if also auto-admitted)', slack('UBOSS'), 'admin'],
    ['listed in access.auto_admit', slack('UREP'), 'rep'],
    ['the same id on another platform', { platform: 'feishu', externalId: 'UREP' }, 'pending'],
    ['anyone else', slack('USTRANGER'), 'pending'],
  ])('%s → %s', (_label, account, expected) => {
    expect(admissionFor(account, lists)).toBe(expected);
  });
});

describe('nameForNewcomer', () => {
  const taken = ['张伟', 'Tom Chen', '李娜 (slack:U9)'];
  it.each([
    ['a free name', '陈新', '陈新'],
    ["a colleague's name", '张伟', '张伟 (slack:U0ABC)'],
    ["a colleague's name in another case", 'tom chen', 'tom chen (slack:U0ABC)'],
    ['the name of an already qualified namesake', '李娜', '李娜 (slack:U0ABC)'],
    ['no name from the platform', undefined, 'U0ABC'],
    ['a blank name', '  ', 'U0ABC'],
  ])('%s: %j → %s', (_label, platformName, expected) => {
    expect(nameForNewcomer(platformName, slack('U0ABC'), taken)).toBe(expected);
  });

  it('baseName drops only the account a namesake was given', () => {
    expect(baseName('张伟 (slack:U0ABC)')).toBe('张伟');
    expect(baseName('Tom (Sales)')).toBe('Tom (Sales)');
  });
});

describe('labelNamesakes', () => {
  const person = (id: number, name: string, team: string | null, accounts: string[] = []) => ({
    id,
    name,
    team,
    accounts,
  });
  it.each([
    [
      'by team when the teams differ',
      [person(1, '张伟', '华东'), person(2, '张伟', '华南')],
      ['张伟 (华东)', '张伟 (华南)'],
    ],
    [
      'by account when they share a team',
      [person(1, '张伟', '华东', ['slack:U1']), person(2, '张伟', '华东', ['feishu:ou_2'])],
      ['张伟 (slack:U1)', '张伟 (feishu:ou_2)'],
    ],
    [
      'by number without an account',
      [person(1, '张伟', null), person(2, '张伟', null)],
      ['张伟 (#1)', '张伟 (#2)'],
    ],
    [
      'a name already qualified stays',
      [person(1, '张伟', null, ['console:x']), person(2, '张伟 (slack:U0ABC)', 'Sales')],
      ['张伟 (console:x)', '张伟 (slack:U0ABC)'],
    ],
  ])('%s', (_label, people, expected) => {
    const labels = labelNamesakes(people);
    expect(people.map((p) => labels.get(p.id))).toEqual(expected);
  });
});

describe('localeOfText', () => {
  it.each([
    ['你好', 'en', 'zh-Hans'],
    ['記錄拜訪 華為', 'zh-Hans', 'zh-Hant'],
    ['记录拜访 华为', 'zh-Hant', 'zh-Hans'],
    ['列表', 'zh-Hant', 'zh-Hant'],
    ['hello', 'zh-Hans', 'en'],
    ['?? 123', 'en', 'en'],
  ] as const)('%s (before: %s) → %s', (text, before, expected) => {
    expect(localeOfText(text, before)).toBe(expected);
  });
});

describe('canDecideAccess', () => {
  const actor = (role: Role, teamId: number | null = 10): Actor => ({
    id: 1,
    name: 'x',
    role,
    teamId,
    locale: 'zh-Hans',
  });
  it.each([
    ['an admin, as manager', actor('admin', null), 10, 'manager', true],
    ['an admin, a person without a team', actor('admin', null), null, 'rep', true],
    ["the manager of the person's team, as rep", actor('manager'), 10, 'rep', true],
    ["the manager of the person's team, declining", actor('manager'), 10, 'declined', true],
    ["the manager of the person's team, as manager", actor('manager'), 10, 'manager', false],
    ['a manager of another team', actor('manager', 11), 10, 'rep', false],
    ['a manager, a person without a team', actor('manager'), null, 'rep', false],
    ['a rep', actor('rep'), 10, 'rep', false],
    ['service', actor('service'), 10, 'rep', false],
  ] as const)('%s → %s', (_label, who, teamId, outcome, expected) => {
    expect(canDecideAccess(who, { teamId }, outcome)).toBe(expected);
  });
});

describe('chineseLocaleOf', () => {
  it.each([
    ['記錄拜訪 華為，和張總聊了報價，下週二跟進', 'zh-Hans', 'zh-Hant'],
    ['台積電 欠款 10万 到期 2026-01-31', 'zh-Hant', 'zh-Hans'],
    ['我的跟進', 'zh-Hans', 'zh-Hant'],
    ['列表', 'zh-Hant', 'zh-Hant'],
    ['列表', 'en', 'zh-Hans'],
  ] as const)('%s (before: %s) → %s', (text, before, expected) => {
    expect(chineseLocaleOf(text, before)).toBe(expected);
  });
});
