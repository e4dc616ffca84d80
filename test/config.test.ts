import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs with nothing set: SQLite in ./data, Shanghai time, no platforms', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'file:./data/chatcrm.db',
      timeZone: 'Asia/Shanghai',
      reportCron: '0 18 * * 1-5',
      feishu: { longConnection: false },
    });
    expect(config.slack.botToken).toBeUndefined();
  });

  it('runs Feishu over the long connection without a key or token, late after 120 s by default', () => {
    const config = loadConfig({
      FEISHU_APP_ID: 'cli_1',
      FEISHU_APP_SECRET: 's',
      FEISHU_LONG_CONNECTION: 'true',
    });
    expect(config.feishu).toMatchObject({ appId: 'cli_1', longConnection: true, staleAfterSeconds: 120 });
  });

  it('reads ADMIN_USERS as Slack and Feishu accounts; empty means nobody', () => {
    expect(loadConfig({ ADMIN_USERS: ' slack:U0123ABC, feishu:ou_abc ,' }).adminUsers).toEqual([
      { platform: 'slack', externalId: 'U0123ABC' },
      { platform: 'feishu', externalId: 'ou_abc' },
    ]);
    expect(loadConfig({ ADMIN_USERS: '' }).adminUsers).toEqual([]);
    expect(loadConfig({}).adminUsers).toEqual([]);
  });

  it('treats empty values from .env.example as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', OPENAI_API_KEY: ' ' }).slack.botToken).toBeUndefined();
  });

  it('treats every empty variable as unset, so a verbatim .env.example starts', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const blank = Object.fromEntries([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => [m[1], '']));
    expect(Object.keys(blank)).toContain('SLACK_API_URL');
    expect(loadConfig(blank)).toEqual(loadConfig({}));
  });

  it("uses a default for an unset variable and the environment over it (the console's database)", () => {
    const demo = { DATABASE_URL: 'file:./data/demo.db' };
    expect(loadConfig({ DATABASE_URL: '' }, demo).databaseUrl).toBe('file:./data/demo.db');
    expect(loadConfig({ DATABASE_URL: 'file:./x.db' }, demo).databaseUrl).toBe('file:./x.db');
  });

  it('reads the language model settings: JSON mode explicit, json_schema by default', () => {
    expect(loadConfig({}).openai.jsonMode).toBe('json_schema');
    const deepseek = loadConfig({
      OPENAI_API_KEY: 'sk-x',
      OPENAI_BASE_URL: 'https://api.deepseek.com',
      OPENAI_MODEL: 'deepseek-chat',
      OPENAI_JSON_MODE: 'json_object',
    });
    expect(deepseek.openai).toEqual({
      apiKey: 'sk-x',
      baseUrl: 'https://api.deepseek.com',
      model: 'deepseek-chat',
      jsonMode: 'json_object',
    });
  });

  it('stops when OPENAI_BASE_URL names another server but no model: no gpt-4o-mini sent there', () => {
    const found = problems({ OPENAI_API_KEY: 'ollama', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(found).toEqual([expect.stringMatching(/^OPENAI_MODEL: OPENAI_BASE_URL points at a server other/)]);
  });

  it.each([
    [{ OPENAI_JSON_MODE: 'strict' }, 'OPENAI_JSON_MODE'],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'qwen2.5:7b' }, 'OPENAI_API_KEY'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ TZ_DEFAULT: 'Mars/Olympus' }, 'TZ_DEFAULT'],
    [{ DATABASE_URL: 'postgres://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ FEISHU_APP_ID: 'cli_1' }, 'FEISHU_APP_SECRET'],
    [{ FEISHU_LONG_CONNECTION: 'yes' }, 'FEISHU_LONG_CONNECTION'],
    [{ FEISHU_STALE_AFTER_SECONDS: '5' }, 'FEISHU_STALE_AFTER_SECONDS'],
    [{ FEISHU_APP_ID: 'cli_1', FEISHU_APP_SECRET: 's' }, 'FEISHU_ENCRYPT_KEY or FEISHU_VERIFICATION_TOKEN'],
    [{ REPORT_CRON: 'at six' }, 'REPORT_CRON'],
    [{ OPENAI_BASE_URL: 'not a url' }, 'OPENAI_BASE_URL'],
    [{ ADMIN_USERS: 'U0123ABC' }, 'ADMIN_USERS'],
    [{ ADMIN_USERS: 'slack:U1,teams:abc' }, 'ADMIN_USERS'],
    [{ ADMIN_USERS: 'slack:' }, 'ADMIN_USERS'],
  ])('stops on %o and names %s', (env, name) => {
    const found = problems(env);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(name);
  });
});
