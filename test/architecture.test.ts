import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map(
    (m) => m[1]!,
  );
}

describe('dependency direction', () => {
  it('keeps the domain pure: no database, platform, clock-reading or I/O modules', () => {
    for (const file of files('src/domain')) {
      for (const target of imports(file)) {
        expect(target, file).not.toMatch(
          /\/(core|db|adapters|generated)\/|^node:(fs|http|net)|@prisma|@slack|@larksuiteoapi|pino/,
        );
      }
    }
  });

  it('keeps platforms out of the core', () => {
    for (const file of files('src/core')) {
      for (const target of imports(file)) {
        expect(target, file).not.toMatch(/\/adapters\/|@slack|@larksuiteoapi/);
      }
    }
  });

  it('lets nothing but main.ts import the adapters', () => {
    for (const file of [
      ...files('src/core'),
      ...files('src/db'),
      ...files('src/domain'),
      ...files('cards'),
    ]) {
      for (const target of imports(file)) expect(target, file).not.toMatch(/adapters\//);
    }
  });
});
