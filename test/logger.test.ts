import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactText } from '../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger({ level: 'info', pretty: false, destination }), lines };
}

describe('logging', () => {
  it('never prints secrets it is handed in objects', () => {
    const { logger, lines } = capture();
    logger.info(
      { slack: { botToken: 'xoxb-secret-1' }, feishu: { appSecret: 'app-secret-2' }, token: 'tok-3' },
      'configured',
    );
    const out = lines.join('');
    expect(out).not.toContain('xoxb-secret-1');
    expect(out).not.toContain('app-secret-2');
    expect(out).not.toContain('tok-3');
    expect(out).toContain('configured');
  });

  it('masks phones and emails in logged text', () => {
    const { logger, lines } = capture();
    logger.info({ text: '张总电话 13800138001，邮箱 zhang@example.com' }, 'message received');
    const out = lines.join('');
    expect(out).not.toContain('13800138001');
    expect(out).not.toContain('zhang@example.com');
    expect(out).toContain('[phone]');
    expect(out).toContain('[email]');
  });

  it.each([
    ['call +1 415 555 0100 now', 'call [phone] now'],
    ['手机 138-0013-8001', '手机 [phone]'],
    ['mail sarah@acme.example please', 'mail [email] please'],
    ['follow up 2026-12-10', 'follow up 2026-12-10'],
    ['#12 改到下周一', '#12 改到下周一'],
  ])('redactText(%s)', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});
