import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot, runEntry, startServiceIn, stopAll } from './processes.ts';

afterAll(stopAll);

/** A folder of the test's own holding `.env`: what an operator's checkout holds after `cp`. */
function folderWithEnvFile(text?: string): string {
  // Its real path: the one the processes inside it see as their working directory.
  const dir = realpathSync(mkdtempSync(join(inject('testRunDir'), 'env-file-')));
  if (text === undefined) copyFileSync(join(repoRoot, '.env.example'), join(dir, '.env'));
  else writeFileSync(join(dir, '.env'), text);
  return dir;
}

// PORT=0 in the environment itself: it wins over the file's 3000, so runs side by side never collide.
const shell = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0' };

/** An entry point run to its end in `cwd`; stdout and stderr together, as an operator reads them. */
async function run(cwd: string, file: string, args: string[] = [], env: NodeJS.ProcessEnv = shell) {
  const { code, stdout, stderr } = await runEntry({ cwd, env, file, args, withinMs: 50_000 });
  return { code, output: stdout + stderr };
}

describe('.env in the working directory', () => {
  it('a verbatim copy of .env.example starts the service and /healthz answers', {
    timeout: 120_000,
  }, async () => {
    const dir = folderWithEnvFile();
    const service = await startServiceIn(dir, shell);
    const health = await fetch(`http://127.0.0.1:${service.port}/healthz`);
    expect(health.status).toBe(200);
    expect(service.output()).toContain('settings read from .env');
    // The service's database, in the folder it runs from.
    expect(existsSync(join(dir, 'data', 'chatcrm.db'))).toBe(true);
  });

  it('the service and the crm commands use what .env sets', { timeout: 120_000 }, async () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const dir = folderWithEnvFile(
      example.replace(/^DATABASE_URL=.*$/m, 'DATABASE_URL=file:./data/from-env-file.db'),
    );
    const migrated = await run(dir, 'src/cli/main.ts', ['migrate']);
    expect(migrated).toMatchObject({ code: 0 });
    expect(existsSync(join(dir, 'data', 'from-env-file.db'))).toBe(true);
    const service = await startServiceIn(dir, shell);
    expect(service.output()).toMatch(/"database":"file:\.\/data\/from-env-file\.db"/);
  });

  it('a wrong value in .env stops the start with a line naming the variable', {
    timeout: 60_000,
  }, async () => {
    const dir = folderWithEnvFile('PORT=\nTZ_DEFAULT=Mars/Olympus\n');
    const started = await run(dir, 'src/main.ts');
    expect(started.code).toBe(1);
    expect(started.output).toContain('TZ_DEFAULT: is not an IANA time zone');
  });
});

describe('npm run chat', () => {
  it('uses ./data/demo.db, not the service database, and says so', { timeout: 120_000 }, async () => {
    const dir = folderWithEnvFile();
    const chat = await run(dir, 'src/adapters/console/main.ts');
    expect(chat.code).toBe(0);
    expect(chat.output).toContain(`Database: ${join(dir, 'data', 'demo.db')} (the console's own`);
    expect(chat.output).toContain('loaded the demo team');
    expect(existsSync(join(dir, 'data', 'demo.db'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'chatcrm.db'))).toBe(false);
  });

  it('DATABASE_URL still chooses the database', { timeout: 120_000 }, async () => {
    const dir = folderWithEnvFile();
    const chat = await run(dir, 'src/adapters/console/main.ts', [], {
      ...shell,
      DATABASE_URL: 'file:./data/chatcrm.db',
    });
    expect(chat.code).toBe(0);
    expect(chat.output).toContain(`Database: ${join(dir, 'data', 'chatcrm.db')} (from DATABASE_URL)`);
    expect(existsSync(join(dir, 'data', 'demo.db'))).toBe(false);
  });
});
