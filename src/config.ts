import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { type PlatformAccount, parseAccount } from './domain/people.ts';

const optionalSecret = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const timeZone = z
  .string()
  .refine((zone) => DateTime.local().setZone(zone).isValid, 'is not an IANA time zone such as Asia/Shanghai');

const url = z.url({ protocol: /^https?$/ });

const cronExpression = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression with 5 or 6 fields, e.g. "0 18 * * 1-5"');

// "slack:U0123ABC,feishu:ou_abc": every entry must name its platform, or the start stops.
const accountList = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const accounts: PlatformAccount[] = [];
    for (const entry of value.split(',').map((part) => part.trim())) {
      if (entry === '') continue;
      const account = parseAccount(entry);
      if (!account) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not slack:ID or feishu:ID` });
        return z.NEVER;
      }
      accounts.push(account);
    }
    return accounts;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite file URL such as file:./data/chatcrm.db')
    .default('file:./data/chatcrm.db'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  TZ_DEFAULT: timeZone.default('Asia/Shanghai'),
  SLACK_BOT_TOKEN: optionalSecret.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
  SLACK_SIGNING_SECRET: optionalSecret,
  SLACK_APP_TOKEN: optionalSecret.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
  SLACK_API_URL: url.optional(),
  FEISHU_APP_ID: optionalSecret,
  FEISHU_APP_SECRET: optionalSecret,
  FEISHU_VERIFICATION_TOKEN: optionalSecret,
  FEISHU_ENCRYPT_KEY: optionalSecret,
  FEISHU_DOMAIN: url.optional(),
  FEISHU_LONG_CONNECTION: z.enum(['true', 'false']).default('false'),
  FEISHU_STALE_AFTER_SECONDS: z.coerce.number().int().min(10).max(86_400).default(120),
  OPENAI_API_KEY: optionalSecret,
  OPENAI_BASE_URL: url.optional(),
  OPENAI_MODEL: z.string().trim().min(1).optional(),
  OPENAI_JSON_MODE: z.enum(['json_schema', 'json_object']).default('json_schema'),
  REPORT_CRON: cronExpression.default('0 18 * * 1-5'),
  ADMIN_USERS: accountList,
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  logLevel: string;
  timeZone: string;
  slack: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  feishu: {
    appId?: string;
    appSecret?: string;
    verificationToken?: string;
    encryptKey?: string;
    domain?: string;
    longConnection: boolean;
    /** A message older than this on arrival is not acted on until its sender confirms it. */
    staleAfterSeconds: number;
  };
  openai: {
    apiKey?: string;
    baseUrl?: string;
    model?: string;
    /** What the server enforces: json_schema (OpenAI, vLLM, Ollama) or json_object (DeepSeek, DashScope). */
    jsonMode: 'json_schema' | 'json_object';
  };
  reportCron: string;
  /** People who are admins from the start (ADMIN_USERS): the way to make a workspace's first admin. */
  adminUsers: PlatformAccount[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const hints: Record<string, string> = {
  PORT: 'set it to a free TCP port, e.g. PORT=3000',
  DATABASE_URL: 'leave it unset for ./data/chatcrm.db',
  TZ_DEFAULT: 'see the "TZ identifier" column of the tz database, e.g. Asia/Shanghai',
  LOG_LEVEL: 'one of trace, debug, info, warn, error, fatal, silent',
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token from your Slack app\'s "OAuth & Permissions" page',
  SLACK_APP_TOKEN: 'create an app-level token with connections:write under "Basic Information"',
  FEISHU_LONG_CONNECTION: 'set it to true or false',
  FEISHU_STALE_AFTER_SECONDS: 'seconds between 10 and 86400, e.g. 120: older messages ask for confirmation',
  FEISHU_DOMAIN: 'https://open.feishu.cn (default) or https://open.larksuite.com for Lark',
  ADMIN_USERS: 'a comma-separated list of platform accounts, e.g. slack:U0123ABC,feishu:ou_abc',
  OPENAI_JSON_MODE: 'json_schema where the server enforces a schema, json_object for DeepSeek and DashScope',
  REPORT_CRON: 'minute hour day-of-month month day-of-week, e.g. "0 18 * * 1-5" for 18:00 on weekdays',
};

/**
 * Reads the environment once; every problem names its variable and how to fix it. An empty value is
 * unset, so that `cp .env.example .env` starts; `defaults` stand in for variables left unset (the
 * console's own database).
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  defaults: Record<string, string> = {},
): Config {
  const set = Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== '');
  const parsed = envSchema.safeParse({ ...defaults, ...Object.fromEntries(set) });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const hint = hints[name];
        return `${name}: ${issue.message}${hint ? ` (${hint})` : ''}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.SLACK_SIGNING_SECRET) !== Boolean(e.SLACK_BOT_TOKEN) && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET: set both for Slack over HTTP, or neither');
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN) also needs the bot token');
  }
  if (Boolean(e.FEISHU_APP_ID) !== Boolean(e.FEISHU_APP_SECRET)) {
    problems.push('FEISHU_APP_ID and FEISHU_APP_SECRET: set both, or neither');
  }
  if (
    e.FEISHU_APP_ID &&
    e.FEISHU_LONG_CONNECTION !== 'true' &&
    !e.FEISHU_ENCRYPT_KEY &&
    !e.FEISHU_VERIFICATION_TOKEN
  ) {
    problems.push(
      'FEISHU_ENCRYPT_KEY or FEISHU_VERIFICATION_TOKEN: webhooks need one to check requests come from Feishu ' +
        '(copy them from "Events & Callbacks > Encryption Strategy"), or set FEISHU_LONG_CONNECTION=true',
    );
  }
  // Another server has no gpt-4o-mini: sending OpenAI's default there fails every call, quietly.
  if (e.OPENAI_BASE_URL && !e.OPENAI_MODEL) {
    problems.push(
      'OPENAI_MODEL: OPENAI_BASE_URL points at a server other than OpenAI, so name its model ' +
        '(e.g. deepseek-chat, qwen-plus, qwen2.5:7b)',
    );
  }
  if ((e.OPENAI_BASE_URL || e.OPENAI_MODEL) && !e.OPENAI_API_KEY) {
    problems.push(
      'OPENAI_API_KEY: the language model is used only with a key; servers without keys (Ollama, vLLM) ' +
        'take any placeholder, e.g. OPENAI_API_KEY=ollama',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    timeZone: e.TZ_DEFAULT,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    feishu: {
      appId: e.FEISHU_APP_ID,
      appSecret: e.FEISHU_APP_SECRET,
      verificationToken: e.FEISHU_VERIFICATION_TOKEN,
      encryptKey: e.FEISHU_ENCRYPT_KEY,
      domain: e.FEISHU_DOMAIN,
      longConnection: e.FEISHU_LONG_CONNECTION === 'true',
      staleAfterSeconds: e.FEISHU_STALE_AFTER_SECONDS,
    },
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      jsonMode: e.OPENAI_JSON_MODE,
    },
    reportCron: e.REPORT_CRON,
    adminUsers: e.ADMIN_USERS,
  };
}

/**
 * Loads `.env` from the working directory into process.env when there is one, and returns its path.
 * A variable already set in the environment wins over the file, as with systemd's EnvironmentFile or
 * Docker's --env-file beside `-e`. Node's own parser (Node 20.12+): no dependency for it.
 */
export function loadEnvFile(path = '.env'): string | undefined {
  if (!existsSync(path)) return undefined;
  process.loadEnvFile(path);
  return resolve(path);
}

/** For entry points: the config, or a message naming every bad variable and exit code 1. */
export function loadConfigOrExit(
  env: Record<string, string | undefined>,
  defaults: Record<string, string> = {},
): Config {
  try {
    return loadConfig(env, defaults);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`chatcrm cannot start: ${error.message}\nSee .env.example for every variable.`);
    process.exit(1);
  }
}
