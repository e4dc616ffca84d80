import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toZhHant } from '../../scripts/make-zh-hant.ts';
import { en } from '../../src/i18n/en.ts';
import { t } from '../../src/i18n/t.ts';
import { zhHans } from '../../src/i18n/zh-hans.ts';
import { zhHant } from '../../src/i18n/zh-hant.ts';

const ids = Object.keys(zhHans) as (keyof typeof zhHans)[];
const tables = { 'zh-Hant': zhHant, en } as Record<string, Record<string, unknown>>;

/** `{customer}` placeholders, or a function's text for sample parameters. */
function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort() : [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(join('src', 'i18n')));
}

describe('message catalogue', () => {
  it.each(Object.keys(tables))('%s has exactly the ids zh-Hans has', (locale) => {
    expect(Object.keys(tables[locale]!).sort()).toEqual([...ids].sort());
  });

  it('has no empty text in any language', () => {
    for (const table of [zhHans, zhHant, en] as Record<string, unknown>[])
      for (const id of ids) {
        const text = table[id];
        if (typeof text === 'string') expect(text.trim(), id).not.toBe('');
      }
  });

  it('gives every language the parameters zh-Hans has', () => {
    for (const id of ids) {
      const wanted = placeholders(zhHans[id]);
      for (const [locale, table] of Object.entries(tables))
        if (typeof table[id] === 'string') expect(placeholders(table[id]), `${locale} ${id}`).toEqual(wanted);
    }
  });

  it('keeps zh-Hant as scripts/make-zh-hant.ts makes it from zh-Hans', () => {
    for (const id of ids) expect(zhHant[id], id).toBe(toZhHant(zhHans[id]));
  });

  it('has no id that src/ or cards/ never uses', () => {
    const code = [...sourceFiles('src'), ...sourceFiles('cards')].map((file) => readFileSync(file, 'utf8'));
    const all = code.join('\n');
    const unused = ids.filter((id) => !all.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('fills parameters by name, in the reader’s language', () => {
    expect(t('zh-Hans', 'error.unexpected.text', { ref: 'ab12' })).toContain('请把编号 ab12 告诉管理员');
    expect(t('zh-Hant', 'error.unexpected.text', { ref: 'ab12' })).toContain('請把編號 ab12 告訴管理員');
    expect(t('en', 'error.unexpected.text', { ref: 'ab12' })).toContain('give your admin the reference ab12');
  });
});
