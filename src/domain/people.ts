import { chineseScriptOf } from './chinese-script.ts';
export const roles = ['rep', 'manager', 'service', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * Someone who wrote to the bot but has not been let in (`pending`), or whom an admin turned away
 * (`declined`). Stored in the person's role column so that no query that looks for reps, managers or
 * service staff ever finds them, and so that an admin's 「设置角色」 lets them in as well.
 */
export const accessStates = ['pending', 'declined'] as const;
export type AccessState = (typeof accessStates)[number];

/**
 * The language the bot answers a person in: simplified Chinese, traditional Chinese (Taiwan and
 * Hong Kong teams) or English. Each has its table in src/i18n.
 */
export const locales = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A stored locale as the bot reads it: 'zh', stored before traditional Chinese had its own, is zh-Hans. */
export function readLocale(stored: string | null | undefined): Locale {
  return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'zh-Hans';
}

/** The person a message or card action comes from, as the core sees them: always someone let in. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
  teamId: number | null;
  locale: Locale;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isAccessState(value: string): value is AccessState {
  return (accessStates as readonly string[]).includes(value);
}

/** A platform account written as operators write it: "slack:U0ABC", "feishu:ou_abc". */
export interface PlatformAccount {
  platform: string;
  externalId: string;
}

export function formatAccount(account: PlatformAccount): string {
  return `${account.platform}:${account.externalId}`;
}

/** "slack:U0ABC" → the account; null for anything else (only Slack and Feishu accounts are listed). */
export function parseAccount(text: string): PlatformAccount | null {
  const match = /^(slack|feishu):([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return match ? { platform: match[1]!, externalId: match[2]! } : null;
}

/** How someone the database does not know is let in, by the workspace's lists; pending means ask. */
export function admissionFor(
  account: PlatformAccount,
  lists: { adminUsers: readonly PlatformAccount[]; autoAdmit: readonly PlatformAccount[] },
): 'admin' | 'rep' | 'pending' {
  const same = (other: PlatformAccount) =>
    other.platform === account.platform && other.externalId === account.externalId;
  if (lists.adminUsers.some(same)) return 'admin';
  if (lists.autoAdmit.some(same)) return 'rep';
  return 'pending';
}

// The qualifier a newcomer's name gets when a colleague already has it: their own account.
const accountQualifier = /\s\((?:slack|feishu|console):[^()]+\)$/;

/** The name without the account a namesake was qualified with: "张伟 (slack:U0ABC)" → "张伟". */
export function baseName(name: string): string {
  return name.replace(accountQualifier, '');
}

/**
 * The name a newcomer is stored and shown under. Their platform name, unless a colleague is already
 * called that (ignoring case): then the name with their account, "张伟 (slack:U0ABC)", so that no card
 * shows two people alike and nobody can pass for 张伟 or 管理员 by choosing that display name.
 */
export function nameForNewcomer(
  platformName: string | undefined,
  account: PlatformAccount,
  takenNames: readonly string[],
): string {
  const name = platformName?.trim() || account.externalId;
  const folded = name.toLowerCase();
  const taken = takenNames.some((other) => baseName(other).toLowerCase() === folded);
  return taken ? `${name} (${formatAccount(account)})` : name;
}

export interface Namesake {
  id: number;
  name: string;
  team: string | null;
  accounts: readonly string[];
}

/**
 * Labels that tell people with the same name apart, each one something that can be written back in
 * a command: the team when that differs between them, else an account, else the person's number.
 * A name already qualified with its account stays as it is.
 */
export function labelNamesakes(people: readonly Namesake[]): Map<number, string> {
  const teams = people.map((person) => person.team);
  const teamsTell = teams.every((team) => team !== null) && new Set(teams).size === teams.length;
  return new Map(
    people.map((person) => {
      if (accountQualifier.test(person.name)) return [person.id, person.name];
      const qualifier = teamsTell ? person.team : (person.accounts[0] ?? `#${person.id}`);
      return [person.id, `${person.name} (${qualifier})`];
    }),
  );
}

/** The language a message is written in; a message without words keeps the one known before. */
export function localeOfText(text: string, fallback: Locale): Locale {
  if (/[\u3400-\u9fff]/.test(text)) return chineseLocaleOf(text, fallback);
  return /\p{L}/u.test(text) ? 'en' : fallback;
}

/**
 * Which Chinese a message is written in: traditional when it has characters only traditional writing
 * uses (記錄, 華為), simplified when it has simplified-only ones; text the two write alike (客户 vs 客戶
 * differs, 列表 does not) keeps the person's Chinese, or simplified for someone who wrote English before.
 */
export function chineseLocaleOf(text: string, before: Locale): 'zh-Hans' | 'zh-Hant' {
  const script = chineseScriptOf(text);
  if (script === 'traditional') return 'zh-Hant';
  if (script === 'simplified') return 'zh-Hans';
  return before === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Who may let a waiting person in: an admin, as anything; the manager of the person's team (when an
 * admin has put them in one), as a rep or service, never as a manager.
 */
export function canDecideAccess(
  actor: Actor,
  person: { teamId: number | null },
  outcome: 'rep' | 'service' | 'manager' | 'declined',
): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'manager' &&
    actor.teamId !== null &&
    actor.teamId === person.teamId &&
    outcome !== 'manager'
  );
}
