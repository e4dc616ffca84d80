import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function crm(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: 'file:./node_modules/.cache/cli-test.db' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const contractKeys = [
  'intent',
  'customer',
  'contact',
  'occurredAt',
  'followUpAt',
  'summary',
  'competitor',
  'complaint',
];

describe('crm parse', () => {
  it('prints one JSON object with the contract fields for TEXT, dates against --now in --tz', () => {
    const { code, stdout } = crm([
      'parse',
      '--now',
      '2026-11-23T10:00:00+08:00',
      '--tz',
      'Asia/Shanghai',
      '记录拜访 华为 今天和张总聊了报价，下周二跟进',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(contractKeys));
    expect(result).toMatchObject({ intent: 'log_visit', customer: '华为', contact: { name: '张总' } });
    expect(result.followUpAt).toBe('2026-12-01T09:00:00.000+08:00');
  });

  it('reads one text per stdin line and prints one JSON line each', () => {
    const { code, stdout } = crm(
      ['parse', '--now', '2026-11-23T10:00:00-05:00', '--tz', 'America/New_York'],
      'follow up with Acme tomorrow\nhelp\n投诉 华为 很紧急\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.intent)).toEqual([expect.any(String), 'help', 'file_complaint']);
    expect(lines[2].complaint.severity).toBe('high');
  });

  it('names the bad option', () => {
    expect(crm(['parse', '--tz', 'Nowhere/City', 'hi']).stderr).toContain('--tz');
    expect(crm(['parse', '--now', 'yesterday-ish', 'hi']).stderr).toContain('--now');
  });
});

describe('crm', () => {
  it('lists its commands for an unknown one', () => {
    const { code, stderr } = crm(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
    expect(stderr).toContain('seed-demo');
  });
});
